-- CreateTable
CREATE TABLE "CatalogState" (
    "id" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CatalogState_pkey" PRIMARY KEY ("id")
);

-- The one row every instance reads (at most once a second) to know whether its cached catalog reads are stale.
INSERT INTO "CatalogState" ("id", "version") VALUES (1, 0);
