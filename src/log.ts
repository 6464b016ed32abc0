// Text from AWS and from inputs reaches the log only through here. The runner reads a line that
// starts with "::" (after leading white space) as a workflow command (::add-mask::,
// ::stop-commands::, ::error::...), and its legacy parser takes "##[" anywhere in a line. Such text
// is flattened to one line, and both markers are broken with a zero-width space, which is not
// white space to the runner's TrimStart.
import * as core from '@actions/core'

const ZWSP = '\u200b'
// eslint-disable-next-line no-control-regex -- vertical tab and form feed break lines too
const LINE_BREAKS = /[\r\n\u000b\u000c\u0085\u2028\u2029]+/g
// Other C0/C1 control characters could move the cursor or hide text in a terminal copy of the log.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g

/** One line, no control characters: safe to embed in a log line, message or summary cell. */
export function oneLine(text: string, max = 1000): string {
  const flat = breakLegacyMarkers(text.replace(LINE_BREAKS, ' ').replace(CONTROLS, '').trim())
  return flat.length > max ? `${flat.slice(0, max - 3)}...` : flat
}

function breakLegacyMarkers(text: string): string {
  return text.replace(/##\[/g, `#${ZWSP}#[`)
}

/** A line that the runner will not take for a workflow command, whatever it contains. */
export function notACommand(line: string): string {
  return breakLegacyMarkers(line.replace(/^(\s*):(?=:)/, `$1:${ZWSP}`))
}

/** Prints a message whose parts may come from AWS or inputs; each output line is defused. */
export function info(message: string): void {
  for (const line of message.split(LINE_BREAKS)) core.info(notACommand(line))
}

/**
 * An annotation with a title, so that the run's summary page reads without opening the log. The
 * message and title may hold text from AWS: @actions/core escapes both inside the command.
 */
export function annotate(
  level: 'error' | 'warning' | 'notice',
  title: string,
  message: string
): void {
  // Named, not core[level]: a computed access to the namespace would keep all of @actions/core
  // in the bundle, its OIDC client and undici with it (see scripts/build.js).
  const emit = level === 'error' ? core.error : level === 'warning' ? core.warning : core.notice
  emit(message, { title: oneLine(title, 200) })
}

/** An error annotation with a title that also fails the step (core.setFailed takes no title). */
export function fail(title: string, message: string): void {
  process.exitCode = 1
  annotate('error', title, message)
}

export function debug(message: string): void {
  // core.debug escapes line breaks itself: the whole message stays inside one ::debug:: command.
  core.debug(message)
}

/** HTML-escapes text for the job summary, which GitHub renders as HTML. */
export function html(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}
