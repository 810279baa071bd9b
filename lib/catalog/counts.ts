import "server-only";
import { cachedByArgs } from "@/lib/cache/cached";
import { db } from "@/lib/db/client";
import { PUBLISHED } from "./visibility";

async function loadCatalogCounts() {
  const [useCases, domains, techniques, mechanisms, challenges, resources, faqs, trends, drivers, advantages] =
    await Promise.all([
      db.useCase.count({ where: PUBLISHED }),
      db.domain.count({ where: PUBLISHED }),
      db.technique.count({ where: PUBLISHED }),
      db.fusionMechanism.count({ where: PUBLISHED }),
      db.challenge.count({ where: PUBLISHED }),
      db.resource.count({ where: PUBLISHED }),
      db.faq.count({ where: PUBLISHED }),
      db.trend.count({ where: PUBLISHED }),
      db.driver.count({ where: PUBLISHED }),
      db.advantage.count({ where: PUBLISHED }),
    ]);
  return { useCases, domains, techniques, mechanisms, challenges, resources, faqs, trends, drivers, advantages };
}

// Cached until the catalog version moves (lib/cache/cached.ts); callers must not mutate the results.
export const catalogCounts = cachedByArgs("counts.catalogCounts", loadCatalogCounts);
