/*
 * An FTS5 auxiliary function for bench/bm25-cost.ts --native: FTS5's bm25() (k1 1.2, b 0.75, the
 * same arithmetic in the same order, so the same bits) with each phrase's document count given by
 * the caller instead of counted. bm25() counts them in every statement that asks for it, over each
 * phrase's whole doclist; an index that never changes under a reader could count each phrase once
 * per index version. Arguments: the table, a weight per column, then a document count per phrase
 * of the MATCH expression, in the order its phrases are written. node:sqlite cannot register an
 * FTS5 auxiliary function from JavaScript, hence C. Build (needs sqlite3.h, e.g. libsqlite3-dev):
 *   cc -O2 -fPIC -shared bench/native/fts5-bm25-counts.c -o /tmp/fts5-bm25-counts.so -lm
 */
#include <sqlite3ext.h>
SQLITE_EXTENSION_INIT1
#include <math.h>
#include <string.h>

static void bm25Counts(const Fts5ExtensionApi *pApi, Fts5Context *pFts, sqlite3_context *pCtx, int nVal, sqlite3_value **apVal){
  const double k1 = 1.2, b = 0.75;
  int nPhrase = pApi->xPhraseCount(pFts);
  int nCol = pApi->xColumnCount(pFts);
  if (nVal != nCol + nPhrase) { sqlite3_result_error(pCtx, "bm25_counts: a weight per column, then a document count per phrase", -1); return; }
  sqlite3_int64 nRow = 0, nToken = 0;
  int rc = pApi->xRowCount(pFts, &nRow);
  if (rc == SQLITE_OK) rc = pApi->xColumnTotalSize(pFts, -1, &nToken);
  if (rc != SQLITE_OK) { sqlite3_result_error_code(pCtx, rc); return; }
  double avgdl = (double)nToken / (double)nRow;
  double aFreq[64];
  if (nPhrase > 64) { sqlite3_result_error(pCtx, "bm25_counts: more than 64 phrases", -1); return; }
  memset(aFreq, 0, sizeof(double) * nPhrase);
  int nInst = 0;
  rc = pApi->xInstCount(pFts, &nInst);
  for (int i = 0; rc == SQLITE_OK && i < nInst; i++) {
    int ip, ic, io;
    rc = pApi->xInst(pFts, i, &ip, &ic, &io);
    if (rc == SQLITE_OK) {
      double w = (nCol > ic) ? sqlite3_value_double(apVal[ic]) : 1.0;
      aFreq[ip] += w;
    }
  }
  int nTok = 0;
  if (rc == SQLITE_OK) rc = pApi->xColumnSize(pFts, -1, &nTok);
  double D = (double)nTok, score = 0.0;
  for (int i = 0; rc == SQLITE_OK && i < nPhrase; i++) {
    sqlite3_int64 nHit = sqlite3_value_int64(apVal[nCol + i]);
    double idf = log((nRow - nHit + 0.5) / (nHit + 0.5));
    if (idf <= 0.0) idf = 1e-6;
    score += idf * ((aFreq[i] * (k1 + 1.0)) / (aFreq[i] + k1 * (1 - b + b * D / avgdl)));
  }
  if (rc == SQLITE_OK) sqlite3_result_double(pCtx, -1.0 * score);
  else sqlite3_result_error_code(pCtx, rc);
}

int sqlite3_extension_init(sqlite3 *db, char **pzErrMsg, const sqlite3_api_routines *pApi){
  SQLITE_EXTENSION_INIT2(pApi);
  fts5_api *p = 0; sqlite3_stmt *s = 0;
  if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &s, 0) != SQLITE_OK) return SQLITE_ERROR;
  sqlite3_bind_pointer(s, 1, (void*)&p, "fts5_api_ptr", 0);
  sqlite3_step(s); sqlite3_finalize(s);
  if (!p) return SQLITE_ERROR;
  return p->xCreateFunction(p, "bm25_counts", 0, (fts5_extension_function)bm25Counts, 0);
}
