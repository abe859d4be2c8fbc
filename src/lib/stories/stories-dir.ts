// Where the stories of this build live: STORIES_DIR (tests, previews), else the real stories,
// or the sample story when the dataset is synthetic (real stories cite real communes).
export function storiesDir(synthetic: boolean): string {
  return (
    process.env['STORIES_DIR'] ?? (synthetic ? './content/synthetic-stories' : './content/stories')
  );
}
