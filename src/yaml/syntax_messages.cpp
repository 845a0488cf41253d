// yaml-cpp's error messages (English, from yaml-cpp/exceptions.h) with their Chinese reading.
#include <array>
#include <utility>

#include "yaml/tree.h"

namespace iipcase::yaml {
namespace {

// Prefixes, since some messages carry a value after the colon ("unknown escape character: q").
constexpr std::array<std::pair<std::string_view, std::string_view>, 20> k_chinese = {{
    {"illegal map value", "非法的映射值（值里含有“: ”时请给整个值加引号）"},
    {"illegal map key", "非法的映射键"},
    {"illegal block entry", "非法的列表项（检查“- ”的缩进）"},
    {"illegal flow end", "多余的 ] 或 }"},
    {"end of map not found", "映射没有正常结束（检查缩进）"},
    {"end of map flow not found", "缺少与 { 配对的 }"},
    {"end of sequence not found", "列表没有正常结束（检查缩进）"},
    {"end of sequence flow not found", "缺少与 [ 配对的 ]"},
    {"illegal tab when looking for indentation", "缩进里有制表符（YAML 只允许用空格缩进）"},
    {"illegal EOF in scalar", "值没有结束文件就结束了（检查引号是否配对）"},
    {"illegal character in scalar", "值里有不允许的字符"},
    {"illegal document indicator in scalar", "值里出现了文档标记 --- 或 ..."},
    {"unknown escape character", "未知的转义字符（双引号内的反斜杠）"},
    {"unknown token", "无法识别的内容"},
    {"invalid unicode", "无效的 Unicode 转义"},
    {"unexpected character in block scalar", "块标量（| 或 >）后有意外的字符"},
    {"the quoted scalar is not closed", "引号没有闭合"},
    {"cannot set zero indentation for a block scalar", "块标量的缩进不能为 0"},
    {"bad file", "嵌套过深或文件不完整"},
    {"invalid node", "无效的节点"},
}};

}  // namespace

Text syntax_detail(std::string_view message) {
  for (const auto& [prefix, chinese] : k_chinese)
    if (message.substr(0, prefix.size()) == prefix)
      return {std::string(chinese) + std::string(message.substr(prefix.size())), std::string(message)};
  return {std::string(message), std::string(message)};
}

}  // namespace iipcase::yaml
