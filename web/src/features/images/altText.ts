// Alt text follows HTML: a description, or empty for a decorative image; missing or blank is a problem.

/** What is wrong with the alt text, or null: undefined is "not given yet", "" is decorative. */
export function altProblem(alt: string | undefined): string | null {
  return alt === undefined || (alt !== '' && alt.trim() === '')
    ? 'Describe the image for people who cannot see it, or mark it decorative.'
    : null;
}

