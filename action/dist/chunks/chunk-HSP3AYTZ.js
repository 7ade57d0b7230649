import { createRequire as __heraldCreateRequire } from 'node:module';
const require = __heraldCreateRequire(import.meta.url);

// src/cli/findings-format.ts
var FINDINGS_FORMATS = ["human", "compact", "json", "github"];
var severityWord = (finding) => finding.severity === "error" ? "error" : "warning";
function formatFindings(findings, format, style, filesChecked) {
  const sorted = [...findings].sort(byPlace);
  if (format === "json") return JSON.stringify({ filesChecked, ...counts(sorted), findings: sorted }, null, 2) + "\n";
  if (format === "github") return sorted.map(githubAnnotation).join("");
  if (format === "compact") return sorted.map(compactLine).join("");
  return humanReport(sorted, style, filesChecked);
}
function humanReport(findings, style, filesChecked) {
  const lines = [];
  let file = "";
  const width = Math.max(7, ...findings.map((f) => `${f.line}:${f.column}`.length + 1));
  for (const finding of findings) {
    if (finding.file !== file) {
      if (file) lines.push("");
      file = finding.file;
      lines.push(style.bold(file));
    }
    const level = finding.severity === "error" ? style.red("error  ") : style.yellow("warning");
    const where = style.dim(`${finding.line}:${finding.column}`.padEnd(width));
    lines.push(`  ${where} ${level}  ${withPlatform(finding)}  ${style.dim(finding.ruleId)}`);
    if (finding.hint) lines.push(`  ${" ".repeat(width)}          ${style.dim(finding.hint)}`);
  }
  const { errors, warnings } = counts(findings);
  if (lines.length) lines.push("");
  const files = `${filesChecked} file${filesChecked === 1 ? "" : "s"} checked`;
  const summary = `${files}: ${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}`;
  lines.push(errors ? style.red(summary) : warnings ? style.yellow(summary) : style.green(summary));
  return lines.join("\n") + "\n";
}
function compactLine(finding) {
  const hint = finding.hint ? ` (${finding.hint})` : "";
  const text = `${withPlatform(finding)}${hint}`.replace(/[\r\n]+/g, " ");
  return `${finding.file}:${finding.line}:${finding.column}: ${severityWord(finding)} ${finding.ruleId}: ${text}
`;
}
function githubAnnotation(finding) {
  const command = severityWord(finding);
  const props = [
    `file=${escapeProperty(finding.file)}`,
    `line=${finding.line}`,
    `col=${finding.column}`,
    ...finding.endLine ? [`endLine=${finding.endLine}`] : [],
    ...finding.endColumn ? [`endColumn=${finding.endColumn}`] : [],
    `title=${escapeProperty(`Herald ${finding.ruleId}`)}`
  ];
  const hint = finding.hint ? `
${finding.hint}` : "";
  return `::${command} ${props.join(",")}::${escapeData(withPlatform(finding) + hint)}
`;
}
function withPlatform(finding) {
  const { platform, message } = finding;
  if (!platform || message.startsWith(`${platform}:`) || message.startsWith(`${platform} `)) return message;
  return `${platform}: ${message}`;
}
function escapeData(text) {
  return text.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replaceAll(":", "%3A").replaceAll(",", "%2C");
}
function counts(findings) {
  const errors = findings.filter((f) => f.severity === "error").length;
  return { errors, warnings: findings.length - errors };
}
function byPlace(a, b) {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);
}

export {
  FINDINGS_FORMATS,
  formatFindings
};
