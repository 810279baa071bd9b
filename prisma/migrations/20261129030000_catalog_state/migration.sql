-- CreateTable
CREATE TABLE "CatalogState" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- The one row every instance reads (at most once a second) to know whether its cached catalog reads are stale.
INSERT INTO "CatalogState" ("id", "version") VALUES (1, 0);
