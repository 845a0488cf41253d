// ajv-cli plugin (-c): the annotations for editors that the exported JSON Schema carries
// besides draft-07. They change no verdict; declaring them keeps ajv's strict mode on for the rest.
module.exports = (ajv) => {
  for (const keyword of ["errorMessage", "patternErrorMessage", "markdownEnumDescriptions"]) ajv.addKeyword(keyword);
  return ajv;
};
