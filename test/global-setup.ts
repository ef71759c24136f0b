import { buildAll } from '../scripts/build';

/** Every test that loads dist/ runs against a bundle built from the current sources. */
export default async function setup(): Promise<void> {
  await buildAll();
}
