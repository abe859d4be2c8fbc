// The components story authors may use in content/stories/*.mdx. Story pages pass them to
// the MDX content, so stories use them without importing anything.
import Cite from './Cite.astro';
import CommuneLink from './CommuneLink.astro';
import ImageFigure from './ImageFigure.astro';
import PullQuote from './PullQuote.astro';
import Stat from './Stat.astro';

export { Cite, CommuneLink, ImageFigure, PullQuote, Stat };
export const storyComponents = { Cite, CommuneLink, ImageFigure, PullQuote, Stat };
