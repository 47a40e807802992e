/** A reader-facing name for a section's heading: `V` → `Part V`; `Afterword` stays as it is. */
export function sectionName(heading: string): string {
  return heading === 'Afterword' ? heading : `Part ${heading}`;
}
