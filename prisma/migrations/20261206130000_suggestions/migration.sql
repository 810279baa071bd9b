-- CreateTable
CREATE TABLE "Suggestion" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "kind" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'received',
    "tokenHash" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "entityType" TEXT,
    "entityId" INTEGER,
    "baseVersion" INTEGER,
    "payload" TEXT NOT NULL,
    "sources" TEXT NOT NULL DEFAULT '[]',
    "reason" TEXT NOT NULL DEFAULT '',
    "creditName" TEXT NOT NULL DEFAULT '',
    "email" TEXT,
    "ip" TEXT,
    "decisionReason" TEXT NOT NULL DEFAULT '',
    "reviewerId" TEXT,
    "reviewerEmail" TEXT NOT NULL DEFAULT '',
    "decidedAt" DATETIME,
    "resultType" TEXT,
    "resultId" INTEGER,
    "resultVersion" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE UNIQUE INDEX "Suggestion_tokenHash_key" ON "Suggestion"("tokenHash");

-- CreateIndex
CREATE INDEX "Suggestion_state_createdAt_idx" ON "Suggestion"("state", "createdAt");

-- CreateIndex
CREATE INDEX "Suggestion_ip_createdAt_idx" ON "Suggestion"("ip", "createdAt");

-- CreateIndex
CREATE INDEX "Suggestion_createdAt_idx" ON "Suggestion"("createdAt");

-- CreateIndex
CREATE INDEX "Suggestion_resultType_resultId_idx" ON "Suggestion"("resultType", "resultId");
