# bash completion for iipcase. tests/packaging/run_packaging.py checks that it offers every option.
# shellcheck disable=SC2207  # COMPREPLY=($(compgen ...)) is the completion idiom: words never hold spaces here
_iipcase() {
  local cur prev words cword
  _init_completion || return
  local commands="check summary init explain schema"
  local command="" i
  for ((i = 1; i < cword; i++)); do
    case "${words[i]}" in
      check|summary|init|explain|schema) command="${words[i]}"; break ;;
    esac
  done
  if [[ -z "$command" ]]; then
    COMPREPLY=($(compgen -W "$commands --help --version" -- "$cur"))
    return
  fi
  case "$prev" in
    --format)
      case "$command" in
        summary) COMPREPLY=($(compgen -W "markdown csv json" -- "$cur")) ;;
        *) COMPREPLY=($(compgen -W "text json sarif junit github markdown" -- "$cur")) ;;
      esac
      return ;;
    --lang) COMPREPLY=($(compgen -W "zh en" -- "$cur")); return ;;
    --color) COMPREPLY=($(compgen -W "auto always never" -- "$cur")); return ;;
    --mode)
      COMPREPLY=($(compgen -W "platform-design digital-management smart-manufacturing networked-collaboration personalized-customization service-extension 平台化设计 数字化管理 智能化制造 网络化协同 个性化定制 服务化延伸" -- "$cur"))
      return ;;
    -j|--jobs|--max-size) return ;;
    --rules|-o|--output) _filedir; return ;;
  esac
  local options
  case "$command" in
    check) options="--format --lang --rules --strict --no-batch -j --jobs --max-size --color -o --output -q --quiet --help" ;;
    summary) options="--format --lang --rules --strict --no-batch -j --jobs --max-size -o --output --help" ;;
    init) options="--mode -o --output --force --lang --rules --help" ;;
    explain) options="--lang --help" ;;
    schema) options="--json-schema --rules-data --lang --rules -o --output --help" ;;
  esac
  if [[ "$cur" == -* ]]; then
    COMPREPLY=($(compgen -W "$options" -- "$cur"))
  elif [[ "$command" == explain ]]; then
    COMPREPLY=($(compgen -W "$(iipcase explain --lang en 2>/dev/null | awk '{print $1}')" -- "$cur"))
  elif [[ "$command" == check || "$command" == summary ]]; then
    _filedir '@(yaml|yml)'
  fi
} && complete -F _iipcase iipcase
