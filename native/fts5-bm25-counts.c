/*
 * An SQLite extension for the embedded search index (src/lib/search/bm25-native.ts builds and
 * loads it): the FTS5 auxiliary function bm25_counts(table, weight per column…, counts), FTS5's
 * own bm25() (k1 1.2, b 0.75, the same arithmetic in the same order, so the same bits) with each
 * phrase's document count given instead of counted. bm25() counts them in every statement that
 * asks for it, over each phrase's whole doclist; an index that never changes under a reader
 * counts each phrase once per index version. `counts` is a blob of one float64 (the machine's
 * byte order, as a JavaScript Float64Array lays it out) per phrase of the MATCH expression, in
 * the order its phrases are written; with any other blob (or NULL) each phrase is counted here, as
 * bm25() counts it. Also rowid_in(bits, rowid): whether bit `rowid` of the blob `bits` is set
 * (bit r is bit r % 8 of byte r / 8; 0 past its end), a region or theme filter's rows tested per
 * match in a few instructions, where `rowid IN (SELECT …)` builds a b-tree of them in every
 * statement and searches it per match. Needs sqlite3ext.h (Debian: libsqlite3-dev).
 */
#include <sqlite3ext.h>
SQLITE_EXTENSION_INIT1
#include <math.h>
#include <string.h>

/* What one statement shares between its rows, as bm25() keeps it (its Fts5Bm25Data). */
typedef struct Bm25Data {
  int nPhrase;
  double avgdl;
  double *aIDF;
  double *aFreq;
} Bm25Data;

/* bm25()'s row counter, for a phrase whose count was not given. */
static int countRow(const Fts5ExtensionApi *pApi, Fts5Context *pFts, void *pUser){
  (void)pApi; (void)pFts;
  (*(sqlite3_int64*)pUser)++;
  return SQLITE_OK;
}

/* The statement's Bm25Data, worked out at its first row (bm25()'s fts5Bm25GetData). */
static int bm25Data(const Fts5ExtensionApi *pApi, Fts5Context *pFts, sqlite3_value *pCounts, Bm25Data **ppData){
  int rc = SQLITE_OK;
  Bm25Data *p = (Bm25Data*)pApi->xGetAuxdata(pFts, 0);
  if (p == 0) {
    int nPhrase = pApi->xPhraseCount(pFts);
    sqlite3_int64 nRow = 0, nToken = 0;
    sqlite3_int64 nByte = sizeof(Bm25Data) + nPhrase * 2 * sizeof(double);
    const unsigned char *aGiven = 0;
    if (sqlite3_value_type(pCounts) == SQLITE_BLOB && sqlite3_value_bytes(pCounts) == nPhrase * 8)
      aGiven = (const unsigned char*)sqlite3_value_blob(pCounts);
    p = (Bm25Data*)sqlite3_malloc64(nByte);
    if (p == 0) rc = SQLITE_NOMEM;
    else {
      memset(p, 0, (size_t)nByte);
      p->nPhrase = nPhrase;
      p->aIDF = (double*)&p[1];
      p->aFreq = &p->aIDF[nPhrase];
    }
    if (rc == SQLITE_OK) rc = pApi->xRowCount(pFts, &nRow);
    if (rc == SQLITE_OK) rc = pApi->xColumnTotalSize(pFts, -1, &nToken);
    if (rc == SQLITE_OK) p->avgdl = (double)nToken / (double)nRow;
    for (int i = 0; rc == SQLITE_OK && i < nPhrase; i++) {
      sqlite3_int64 nHit = 0;
      if (aGiven) {
        double given;
        memcpy(&given, aGiven + 8 * i, 8);
        nHit = (sqlite3_int64)given;
      } else rc = pApi->xQueryPhrase(pFts, i, (void*)&nHit, countRow);
      if (rc == SQLITE_OK) {
        double idf = log((nRow - nHit + 0.5) / (nHit + 0.5));
        if (idf <= 0.0) idf = 1e-6;
        p->aIDF[i] = idf;
      }
    }
    if (rc != SQLITE_OK) sqlite3_free(p);
    else rc = pApi->xSetAuxdata(pFts, p, sqlite3_free);
    if (rc != SQLITE_OK) p = 0;
  }
  *ppData = p;
  return rc;
}

/* bm25_counts(table, weights…, counts): bm25()'s score of the row. */
static void bm25Counts(const Fts5ExtensionApi *pApi, Fts5Context *pFts, sqlite3_context *pCtx, int nVal, sqlite3_value **apVal){
  const double k1 = 1.2, b = 0.75;
  double score = 0.0, D = 0.0, *aFreq = 0;
  int nInst = 0, nWeight = nVal - 1, rc;
  Bm25Data *pData = 0;
  if (nVal < 1) { sqlite3_result_error(pCtx, "bm25_counts: the counts argument is missing", -1); return; }
  rc = bm25Data(pApi, pFts, apVal[nVal - 1], &pData);
  if (rc == SQLITE_OK) {
    aFreq = pData->aFreq;
    memset(aFreq, 0, sizeof(double) * pData->nPhrase);
    rc = pApi->xInstCount(pFts, &nInst);
  }
  for (int i = 0; rc == SQLITE_OK && i < nInst; i++) {
    int ip, ic, io;
    rc = pApi->xInst(pFts, i, &ip, &ic, &io);
    if (rc == SQLITE_OK) {
      double w = (nWeight > ic) ? sqlite3_value_double(apVal[ic]) : 1.0;
      aFreq[ip] += w;
    }
  }
  if (rc == SQLITE_OK) {
    int nTok;
    rc = pApi->xColumnSize(pFts, -1, &nTok);
    D = (double)nTok;
  }
  for (int i = 0; rc == SQLITE_OK && i < pData->nPhrase; i++)
    score += pData->aIDF[i] * ((aFreq[i] * (k1 + 1.0)) / (aFreq[i] + k1 * (1 - b + b * D / pData->avgdl)));
  if (rc == SQLITE_OK) sqlite3_result_double(pCtx, -1.0 * score);
  else sqlite3_result_error_code(pCtx, rc);
}

/* rowid_in(bits, rowid): 1 where bit `rowid` of `bits` is set, else 0. */
static void rowidIn(sqlite3_context *pCtx, int nVal, sqlite3_value **apVal){
  const unsigned char *aBits = (const unsigned char*)sqlite3_value_blob(apVal[0]);
  sqlite3_int64 nBits = 8 * (sqlite3_int64)sqlite3_value_bytes(apVal[0]);
  sqlite3_int64 iRowid = sqlite3_value_int64(apVal[1]);
  (void)nVal;
  sqlite3_result_int(pCtx, aBits != 0 && iRowid >= 0 && iRowid < nBits && ((aBits[iRowid >> 3] >> (iRowid & 7)) & 1));
}

#ifdef _WIN32
__declspec(dllexport)
#endif
int sqlite3_extension_init(sqlite3 *db, char **pzErrMsg, const sqlite3_api_routines *pApi){
  SQLITE_EXTENSION_INIT2(pApi);
  fts5_api *p = 0;
  sqlite3_stmt *s = 0;
  if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &s, 0) != SQLITE_OK) {
    *pzErrMsg = sqlite3_mprintf("bm25_counts: %s", sqlite3_errmsg(db));
    return SQLITE_ERROR;
  }
  sqlite3_bind_pointer(s, 1, (void*)&p, "fts5_api_ptr", 0);
  sqlite3_step(s);
  sqlite3_finalize(s);
  if (p == 0 || p->iVersion < 2) {
    *pzErrMsg = sqlite3_mprintf("bm25_counts: no fts5_api");
    return SQLITE_ERROR;
  }
  int rc = sqlite3_create_function(db, "rowid_in", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, 0, rowidIn, 0, 0);
  if (rc != SQLITE_OK) return rc;
  return p->xCreateFunction(p, "bm25_counts", 0, (fts5_extension_function)bm25Counts, 0);
}
