-- Index-only search on PostgreSQL (issue 18, item 4): every use case's tokens in a GIN-indexed array, so that a search
-- is answered from the index as a set of ids, with no text sent back to be checked (a two-character Chinese term
-- could not use the trigram index of 20261129040000_pg_search and scanned every text; a word like "route" sent back
-- ~98k candidate texts to be stemmed in JS). Like the other search objects it lives in the schema "atlas_search",
-- which Prisma never introspects or diffs, so the drift check sees nothing and no SQLite twin is needed (SQLite has
-- FTS5); lib/catalog/explore/search-schema.test.ts fails if a later migration drops it.
--
--   atlas_search."UseCaseToken"      one row per use case: the distinct tokens of its searched texts (the lower-cased
--                                    document of atlas_search."UseCaseText", so kept by a trigger on that table):
--                                     - its words: the runs of word characters, exactly as lib/search/terms.ts cuts
--                                       words (WORD_CHAR: letters with case, digits, Nl, No, private use), each cut
--                                       to its first 200 characters (see search_words);
--                                     - its CJK grams: every run of one to four neighbouring characters inside the
--                                       runs of caseless letters (\p{Lo}: Chinese, kana, …), so that a Chinese term
--                                       of up to four characters (most words) is one token;
--                                     - the same tokens of the two titles alone, prefixed with '^' (relevance).
--                                    GIN-indexed: `tokens && ARRAY[…]` / `tokens @> ARRAY[…]` are index lookups.
--   atlas_search."SearchWord"        the vocabulary: every word any use case has (or had: words are never removed,
--                                    an unused one matches nothing), numbered in the order it was added. The app maps
--                                    a search term's Porter stem to the vocabulary words with that stem
--                                    (lib/catalog/explore/stem-index.ts; Porter is not in SQL) and asks the GIN
--                                    index for any of them.
--   atlas_search."SearchWordChange"  words added since the vocabulary was last brought up to date.
--
-- The two character classes below are generated from lib/search/terms.ts's regular expressions
-- (lib/catalog/explore/token-classes.ts; token-classes.test.ts checks that they still agree).
--
-- Writers never wait for each other here, as for the bitmaps (20261206170000_pg_explore_bitmaps): the trigger writes
-- only the use case's own token row and appends the words the vocabulary lacks to SearchWordChange; only
-- search_word_fold() writes "SearchWord", under an advisory lock (so folds run one at a time and a word's number is
-- never below one already committed: readers read only the words numbered above the last they saw). explore_fold(),
-- which the catalog version bump runs, calls it. Readers read "SearchWord" and the changes not yet folded in one
-- statement.

-- A word is indexed by its first 200 characters: a GIN or btree entry must stay under ~2.7 KB, and nothing bounds a
-- word's length (a body of 50,000 characters may be one DNA sequence); without the bound such a text fails its save and
-- this migration's backfill. The app knows the bound (lib/catalog/explore/token-search.ts MAX_WORD): a prefix decides
-- what the word index decides (Porter leaves words over 64 bytes unstemmed), and a longer term is checked exactly.
CREATE FUNCTION "atlas_search"."search_words"(t TEXT) RETURNS TEXT[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT COALESCE(array_agg(DISTINCT left(m[1], 200)), '{}') FROM regexp_matches(t, '[0-9A-Za-z\u00b2-\u00b3\u00b5\u00b9\u00bc-\u00be\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u01ba\u01bc-\u01bf\u01c4-\u0293\u0296-\u02c1\u02c6-\u02d1\u02e0-\u02e4\u02ec\u02ee\u0370-\u0374\u0376-\u0377\u037a-\u037d\u037f\u0386\u0388-\u038a\u038c\u038e-\u03a1\u03a3-\u03f5\u03f7-\u0481\u048a-\u052f\u0531-\u0556\u0559\u0560-\u0588\u0640\u0660-\u0669\u06e5-\u06e6\u06f0-\u06f9\u07c0-\u07c9\u07f4-\u07f5\u07fa\u081a\u0824\u0828\u08c9\u0966-\u096f\u0971\u09e6-\u09ef\u09f4-\u09f9\u0a66-\u0a6f\u0ae6-\u0aef\u0b66-\u0b6f\u0b72-\u0b77\u0be6-\u0bf2\u0c66-\u0c6f\u0c78-\u0c7e\u0ce6-\u0cef\u0d58-\u0d5e\u0d66-\u0d78\u0de6-\u0def\u0e46\u0e50-\u0e59\u0ec6\u0ed0-\u0ed9\u0f20-\u0f33\u1040-\u1049\u1090-\u1099\u10a0-\u10c5\u10c7\u10cd\u10d0-\u10fa\u10fc-\u10ff\u1369-\u137c\u13a0-\u13f5\u13f8-\u13fd\u16ee-\u16f0\u17d7\u17e0-\u17e9\u17f0-\u17f9\u1810-\u1819\u1843\u1946-\u194f\u19d0-\u19da\u1a80-\u1a89\u1a90-\u1a99\u1aa7\u1b50-\u1b59\u1bb0-\u1bb9\u1c40-\u1c49\u1c50-\u1c59\u1c78-\u1c7d\u1c80-\u1c8a\u1c90-\u1cba\u1cbd-\u1cbf\u1d00-\u1dbf\u1e00-\u1f15\u1f18-\u1f1d\u1f20-\u1f45\u1f48-\u1f4d\u1f50-\u1f57\u1f59\u1f5b\u1f5d\u1f5f-\u1f7d\u1f80-\u1fb4\u1fb6-\u1fbc\u1fbe\u1fc2-\u1fc4\u1fc6-\u1fcc\u1fd0-\u1fd3\u1fd6-\u1fdb\u1fe0-\u1fec\u1ff2-\u1ff4\u1ff6-\u1ffc\u2070-\u2071\u2074-\u2079\u207f-\u2089\u2090-\u209c\u2102\u2107\u210a-\u2113\u2115\u2119-\u211d\u2124\u2126\u2128\u212a-\u212d\u212f-\u2134\u2139\u213c-\u213f\u2145-\u2149\u214e\u2150-\u2189\u2460-\u249b\u24ea-\u24ff\u2776-\u2793\u2c00-\u2ce4\u2ceb-\u2cee\u2cf2-\u2cf3\u2cfd\u2d00-\u2d25\u2d27\u2d2d\u2d6f\u2e2f\u3005\u3007\u3021-\u3029\u3031-\u3035\u3038-\u303b\u309d-\u309e\u30fc-\u30fe\u3192-\u3195\u3220-\u3229\u3248-\u324f\u3251-\u325f\u3280-\u3289\u32b1-\u32bf\ua015\ua4f8-\ua4fd\ua60c\ua620-\ua629\ua640-\ua66d\ua67f-\ua69d\ua6e6-\ua6ef\ua717-\ua71f\ua722-\ua788\ua78b-\ua78e\ua790-\ua7dc\ua7f1-\ua7f6\ua7f8-\ua7fa\ua830-\ua835\ua8d0-\ua8d9\ua900-\ua909\ua9cf-\ua9d9\ua9e6\ua9f0-\ua9f9\uaa50-\uaa59\uaa70\uaadd\uaaf3-\uaaf4\uab30-\uab5a\uab5c-\uab69\uab70-\uabbf\uabf0-\uabf9\ue000-\uf8ff\ufb00-\ufb06\ufb13-\ufb17\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff70\uff9e-\uff9f\U00010107-\U00010133\U00010140-\U00010178\U0001018a-\U0001018b\U000102e1-\U000102fb\U00010320-\U00010323\U00010341\U0001034a\U000103d1-\U000103d5\U00010400-\U0001044f\U000104a0-\U000104a9\U000104b0-\U000104d3\U000104d8-\U000104fb\U00010570-\U0001057a\U0001057c-\U0001058a\U0001058c-\U00010592\U00010594-\U00010595\U00010597-\U000105a1\U000105a3-\U000105b1\U000105b3-\U000105b9\U000105bb-\U000105bc\U00010780-\U00010785\U00010787-\U000107b0\U000107b2-\U000107ba\U00010858-\U0001085f\U00010879-\U0001087f\U000108a7-\U000108af\U000108fb-\U000108ff\U00010916-\U0001091b\U000109bc-\U000109bd\U000109c0-\U000109cf\U000109d2-\U000109ff\U00010a40-\U00010a48\U00010a7d-\U00010a7e\U00010a9d-\U00010a9f\U00010aeb-\U00010aef\U00010b58-\U00010b5f\U00010b78-\U00010b7f\U00010ba9-\U00010baf\U00010c80-\U00010cb2\U00010cc0-\U00010cf2\U00010cfa-\U00010cff\U00010d30-\U00010d39\U00010d40-\U00010d49\U00010d4e\U00010d50-\U00010d65\U00010d6f-\U00010d85\U00010e60-\U00010e7e\U00010ec5\U00010f1d-\U00010f26\U00010f51-\U00010f54\U00010fc5-\U00010fcb\U00011052-\U0001106f\U000110f0-\U000110f9\U00011136-\U0001113f\U000111d0-\U000111d9\U000111e1-\U000111f4\U000112f0-\U000112f9\U00011450-\U00011459\U000114d0-\U000114d9\U00011650-\U00011659\U000116c0-\U000116c9\U000116d0-\U000116e3\U00011730-\U0001173b\U000118a0-\U000118f2\U00011950-\U00011959\U00011bf0-\U00011bf9\U00011c50-\U00011c6c\U00011d50-\U00011d59\U00011da0-\U00011da9\U00011dd9\U00011de0-\U00011de9\U00011f50-\U00011f59\U00011fc0-\U00011fd4\U00012400-\U0001246e\U00016130-\U00016139\U00016a60-\U00016a69\U00016ac0-\U00016ac9\U00016b40-\U00016b43\U00016b50-\U00016b59\U00016b5b-\U00016b61\U00016d40-\U00016d42\U00016d6b-\U00016d6c\U00016d70-\U00016d79\U00016e40-\U00016e96\U00016ea0-\U00016eb8\U00016ebb-\U00016ed3\U00016f93-\U00016f9f\U00016fe0-\U00016fe1\U00016fe3\U00016ff2-\U00016ff6\U0001aff0-\U0001aff3\U0001aff5-\U0001affb\U0001affd-\U0001affe\U0001ccf0-\U0001ccf9\U0001d2c0-\U0001d2d3\U0001d2e0-\U0001d2f3\U0001d360-\U0001d378\U0001d400-\U0001d454\U0001d456-\U0001d49c\U0001d49e-\U0001d49f\U0001d4a2\U0001d4a5-\U0001d4a6\U0001d4a9-\U0001d4ac\U0001d4ae-\U0001d4b9\U0001d4bb\U0001d4bd-\U0001d4c3\U0001d4c5-\U0001d505\U0001d507-\U0001d50a\U0001d50d-\U0001d514\U0001d516-\U0001d51c\U0001d51e-\U0001d539\U0001d53b-\U0001d53e\U0001d540-\U0001d544\U0001d546\U0001d54a-\U0001d550\U0001d552-\U0001d6a5\U0001d6a8-\U0001d6c0\U0001d6c2-\U0001d6da\U0001d6dc-\U0001d6fa\U0001d6fc-\U0001d714\U0001d716-\U0001d734\U0001d736-\U0001d74e\U0001d750-\U0001d76e\U0001d770-\U0001d788\U0001d78a-\U0001d7a8\U0001d7aa-\U0001d7c2\U0001d7c4-\U0001d7cb\U0001d7ce-\U0001d7ff\U0001df00-\U0001df09\U0001df0b-\U0001df1e\U0001df25-\U0001df2a\U0001e030-\U0001e06d\U0001e137-\U0001e13d\U0001e140-\U0001e149\U0001e2f0-\U0001e2f9\U0001e4eb\U0001e4f0-\U0001e4f9\U0001e5f1-\U0001e5fa\U0001e6ff\U0001e8c7-\U0001e8cf\U0001e900-\U0001e943\U0001e94b\U0001e950-\U0001e959\U0001ec71-\U0001ecab\U0001ecad-\U0001ecaf\U0001ecb1-\U0001ecb4\U0001ed01-\U0001ed2d\U0001ed2f-\U0001ed3d\U0001f100-\U0001f10c\U0001fbf0-\U0001fbf9\U000f0000-\U000ffffd\U00100000-\U0010fffd]+', 'g') m $$;

CREATE FUNCTION "atlas_search"."search_grams"(t TEXT) RETURNS TEXT[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT COALESCE(array_agg(DISTINCT substr(m[1], i, n)), '{}')
        FROM regexp_matches(t, '[\u00aa\u00ba\u01bb\u01c0-\u01c3\u0294-\u0295\u05d0-\u05ea\u05ef-\u05f2\u0620-\u063f\u0641-\u064a\u066e-\u066f\u0671-\u06d3\u06d5\u06ee-\u06ef\u06fa-\u06fc\u06ff\u0710\u0712-\u072f\u074d-\u07a5\u07b1\u07ca-\u07ea\u0800-\u0815\u0840-\u0858\u0860-\u086a\u0870-\u0887\u0889-\u088f\u08a0-\u08c8\u0904-\u0939\u093d\u0950\u0958-\u0961\u0972-\u0980\u0985-\u098c\u098f-\u0990\u0993-\u09a8\u09aa-\u09b0\u09b2\u09b6-\u09b9\u09bd\u09ce\u09dc-\u09dd\u09df-\u09e1\u09f0-\u09f1\u09fc\u0a05-\u0a0a\u0a0f-\u0a10\u0a13-\u0a28\u0a2a-\u0a30\u0a32-\u0a33\u0a35-\u0a36\u0a38-\u0a39\u0a59-\u0a5c\u0a5e\u0a72-\u0a74\u0a85-\u0a8d\u0a8f-\u0a91\u0a93-\u0aa8\u0aaa-\u0ab0\u0ab2-\u0ab3\u0ab5-\u0ab9\u0abd\u0ad0\u0ae0-\u0ae1\u0af9\u0b05-\u0b0c\u0b0f-\u0b10\u0b13-\u0b28\u0b2a-\u0b30\u0b32-\u0b33\u0b35-\u0b39\u0b3d\u0b5c-\u0b5d\u0b5f-\u0b61\u0b71\u0b83\u0b85-\u0b8a\u0b8e-\u0b90\u0b92-\u0b95\u0b99-\u0b9a\u0b9c\u0b9e-\u0b9f\u0ba3-\u0ba4\u0ba8-\u0baa\u0bae-\u0bb9\u0bd0\u0c05-\u0c0c\u0c0e-\u0c10\u0c12-\u0c28\u0c2a-\u0c39\u0c3d\u0c58-\u0c5a\u0c5c-\u0c5d\u0c60-\u0c61\u0c80\u0c85-\u0c8c\u0c8e-\u0c90\u0c92-\u0ca8\u0caa-\u0cb3\u0cb5-\u0cb9\u0cbd\u0cdc-\u0cde\u0ce0-\u0ce1\u0cf1-\u0cf2\u0d04-\u0d0c\u0d0e-\u0d10\u0d12-\u0d3a\u0d3d\u0d4e\u0d54-\u0d56\u0d5f-\u0d61\u0d7a-\u0d7f\u0d85-\u0d96\u0d9a-\u0db1\u0db3-\u0dbb\u0dbd\u0dc0-\u0dc6\u0e01-\u0e30\u0e32-\u0e33\u0e40-\u0e45\u0e81-\u0e82\u0e84\u0e86-\u0e8a\u0e8c-\u0ea3\u0ea5\u0ea7-\u0eb0\u0eb2-\u0eb3\u0ebd\u0ec0-\u0ec4\u0edc-\u0edf\u0f00\u0f40-\u0f47\u0f49-\u0f6c\u0f88-\u0f8c\u1000-\u102a\u103f\u1050-\u1055\u105a-\u105d\u1061\u1065-\u1066\u106e-\u1070\u1075-\u1081\u108e\u1100-\u1248\u124a-\u124d\u1250-\u1256\u1258\u125a-\u125d\u1260-\u1288\u128a-\u128d\u1290-\u12b0\u12b2-\u12b5\u12b8-\u12be\u12c0\u12c2-\u12c5\u12c8-\u12d6\u12d8-\u1310\u1312-\u1315\u1318-\u135a\u1380-\u138f\u1401-\u166c\u166f-\u167f\u1681-\u169a\u16a0-\u16ea\u16f1-\u16f8\u1700-\u1711\u171f-\u1731\u1740-\u1751\u1760-\u176c\u176e-\u1770\u1780-\u17b3\u17dc\u1820-\u1842\u1844-\u1878\u1880-\u1884\u1887-\u18a8\u18aa\u18b0-\u18f5\u1900-\u191e\u1950-\u196d\u1970-\u1974\u1980-\u19ab\u19b0-\u19c9\u1a00-\u1a16\u1a20-\u1a54\u1b05-\u1b33\u1b45-\u1b4c\u1b83-\u1ba0\u1bae-\u1baf\u1bba-\u1be5\u1c00-\u1c23\u1c4d-\u1c4f\u1c5a-\u1c77\u1ce9-\u1cec\u1cee-\u1cf3\u1cf5-\u1cf6\u1cfa\u2135-\u2138\u2d30-\u2d67\u2d80-\u2d96\u2da0-\u2da6\u2da8-\u2dae\u2db0-\u2db6\u2db8-\u2dbe\u2dc0-\u2dc6\u2dc8-\u2dce\u2dd0-\u2dd6\u2dd8-\u2dde\u3006\u303c\u3041-\u3096\u309f\u30a1-\u30fa\u30ff\u3105-\u312f\u3131-\u318e\u31a0-\u31bf\u31f0-\u31ff\u3400-\u4dbf\u4e00-\ua014\ua016-\ua48c\ua4d0-\ua4f7\ua500-\ua60b\ua610-\ua61f\ua62a-\ua62b\ua66e\ua6a0-\ua6e5\ua78f\ua7f7\ua7fb-\ua801\ua803-\ua805\ua807-\ua80a\ua80c-\ua822\ua840-\ua873\ua882-\ua8b3\ua8f2-\ua8f7\ua8fb\ua8fd-\ua8fe\ua90a-\ua925\ua930-\ua946\ua960-\ua97c\ua984-\ua9b2\ua9e0-\ua9e4\ua9e7-\ua9ef\ua9fa-\ua9fe\uaa00-\uaa28\uaa40-\uaa42\uaa44-\uaa4b\uaa60-\uaa6f\uaa71-\uaa76\uaa7a\uaa7e-\uaaaf\uaab1\uaab5-\uaab6\uaab9-\uaabd\uaac0\uaac2\uaadb-\uaadc\uaae0-\uaaea\uaaf2\uab01-\uab06\uab09-\uab0e\uab11-\uab16\uab20-\uab26\uab28-\uab2e\uabc0-\uabe2\uac00-\ud7a3\ud7b0-\ud7c6\ud7cb-\ud7fb\uf900-\ufa6d\ufa70-\ufad9\ufb1d\ufb1f-\ufb28\ufb2a-\ufb36\ufb38-\ufb3c\ufb3e\ufb40-\ufb41\ufb43-\ufb44\ufb46-\ufbb1\ufbd3-\ufd3d\ufd50-\ufd8f\ufd92-\ufdc7\ufdf0-\ufdfb\ufe70-\ufe74\ufe76-\ufefc\uff66-\uff6f\uff71-\uff9d\uffa0-\uffbe\uffc2-\uffc7\uffca-\uffcf\uffd2-\uffd7\uffda-\uffdc\U00010000-\U0001000b\U0001000d-\U00010026\U00010028-\U0001003a\U0001003c-\U0001003d\U0001003f-\U0001004d\U00010050-\U0001005d\U00010080-\U000100fa\U00010280-\U0001029c\U000102a0-\U000102d0\U00010300-\U0001031f\U0001032d-\U00010340\U00010342-\U00010349\U00010350-\U00010375\U00010380-\U0001039d\U000103a0-\U000103c3\U000103c8-\U000103cf\U00010450-\U0001049d\U00010500-\U00010527\U00010530-\U00010563\U000105c0-\U000105f3\U00010600-\U00010736\U00010740-\U00010755\U00010760-\U00010767\U00010800-\U00010805\U00010808\U0001080a-\U00010835\U00010837-\U00010838\U0001083c\U0001083f-\U00010855\U00010860-\U00010876\U00010880-\U0001089e\U000108e0-\U000108f2\U000108f4-\U000108f5\U00010900-\U00010915\U00010920-\U00010939\U00010940-\U00010959\U00010980-\U000109b7\U000109be-\U000109bf\U00010a00\U00010a10-\U00010a13\U00010a15-\U00010a17\U00010a19-\U00010a35\U00010a60-\U00010a7c\U00010a80-\U00010a9c\U00010ac0-\U00010ac7\U00010ac9-\U00010ae4\U00010b00-\U00010b35\U00010b40-\U00010b55\U00010b60-\U00010b72\U00010b80-\U00010b91\U00010c00-\U00010c48\U00010d00-\U00010d23\U00010d4a-\U00010d4d\U00010d4f\U00010e80-\U00010ea9\U00010eb0-\U00010eb1\U00010ec2-\U00010ec4\U00010ec6-\U00010ec7\U00010f00-\U00010f1c\U00010f27\U00010f30-\U00010f45\U00010f70-\U00010f81\U00010fb0-\U00010fc4\U00010fe0-\U00010ff6\U00011003-\U00011037\U00011071-\U00011072\U00011075\U00011083-\U000110af\U000110d0-\U000110e8\U00011103-\U00011126\U00011144\U00011147\U00011150-\U00011172\U00011176\U00011183-\U000111b2\U000111c1-\U000111c4\U000111da\U000111dc\U00011200-\U00011211\U00011213-\U0001122b\U0001123f-\U00011240\U00011280-\U00011286\U00011288\U0001128a-\U0001128d\U0001128f-\U0001129d\U0001129f-\U000112a8\U000112b0-\U000112de\U00011305-\U0001130c\U0001130f-\U00011310\U00011313-\U00011328\U0001132a-\U00011330\U00011332-\U00011333\U00011335-\U00011339\U0001133d\U00011350\U0001135d-\U00011361\U00011380-\U00011389\U0001138b\U0001138e\U00011390-\U000113b5\U000113b7\U000113d1\U000113d3\U00011400-\U00011434\U00011447-\U0001144a\U0001145f-\U00011461\U00011480-\U000114af\U000114c4-\U000114c5\U000114c7\U00011580-\U000115ae\U000115d8-\U000115db\U00011600-\U0001162f\U00011644\U00011680-\U000116aa\U000116b8\U00011700-\U0001171a\U00011740-\U00011746\U00011800-\U0001182b\U000118ff-\U00011906\U00011909\U0001190c-\U00011913\U00011915-\U00011916\U00011918-\U0001192f\U0001193f\U00011941\U000119a0-\U000119a7\U000119aa-\U000119d0\U000119e1\U000119e3\U00011a00\U00011a0b-\U00011a32\U00011a3a\U00011a50\U00011a5c-\U00011a89\U00011a9d\U00011ab0-\U00011af8\U00011bc0-\U00011be0\U00011c00-\U00011c08\U00011c0a-\U00011c2e\U00011c40\U00011c72-\U00011c8f\U00011d00-\U00011d06\U00011d08-\U00011d09\U00011d0b-\U00011d30\U00011d46\U00011d60-\U00011d65\U00011d67-\U00011d68\U00011d6a-\U00011d89\U00011d98\U00011db0-\U00011dd8\U00011dda-\U00011ddb\U00011ee0-\U00011ef2\U00011f02\U00011f04-\U00011f10\U00011f12-\U00011f33\U00011fb0\U00012000-\U00012399\U00012480-\U00012543\U00012f90-\U00012ff0\U00013000-\U0001342f\U00013441-\U00013446\U00013460-\U000143fa\U00014400-\U00014646\U00016100-\U0001611d\U00016800-\U00016a38\U00016a40-\U00016a5e\U00016a70-\U00016abe\U00016ad0-\U00016aed\U00016b00-\U00016b2f\U00016b63-\U00016b77\U00016b7d-\U00016b8f\U00016d43-\U00016d6a\U00016f00-\U00016f4a\U00016f50\U00017000-\U00018cd5\U00018cff-\U00018d1e\U00018d80-\U00018df2\U0001b000-\U0001b122\U0001b132\U0001b150-\U0001b152\U0001b155\U0001b164-\U0001b167\U0001b170-\U0001b2fb\U0001bc00-\U0001bc6a\U0001bc70-\U0001bc7c\U0001bc80-\U0001bc88\U0001bc90-\U0001bc99\U0001df0a\U0001e100-\U0001e12c\U0001e14e\U0001e290-\U0001e2ad\U0001e2c0-\U0001e2eb\U0001e4d0-\U0001e4ea\U0001e5d0-\U0001e5ed\U0001e5f0\U0001e6c0-\U0001e6de\U0001e6e0-\U0001e6e2\U0001e6e4-\U0001e6e5\U0001e6e7-\U0001e6ed\U0001e6f0-\U0001e6f4\U0001e6fe\U0001e7e0-\U0001e7e6\U0001e7e8-\U0001e7eb\U0001e7ed-\U0001e7ee\U0001e7f0-\U0001e7fe\U0001e800-\U0001e8c4\U0001ee00-\U0001ee03\U0001ee05-\U0001ee1f\U0001ee21-\U0001ee22\U0001ee24\U0001ee27\U0001ee29-\U0001ee32\U0001ee34-\U0001ee37\U0001ee39\U0001ee3b\U0001ee42\U0001ee47\U0001ee49\U0001ee4b\U0001ee4d-\U0001ee4f\U0001ee51-\U0001ee52\U0001ee54\U0001ee57\U0001ee59\U0001ee5b\U0001ee5d\U0001ee5f\U0001ee61-\U0001ee62\U0001ee64\U0001ee67-\U0001ee6a\U0001ee6c-\U0001ee72\U0001ee74-\U0001ee77\U0001ee79-\U0001ee7c\U0001ee7e\U0001ee80-\U0001ee89\U0001ee8b-\U0001ee9b\U0001eea1-\U0001eea3\U0001eea5-\U0001eea9\U0001eeab-\U0001eebb\U00020000-\U0002a6df\U0002a700-\U0002b81d\U0002b820-\U0002cead\U0002ceb0-\U0002ebe0\U0002ebf0-\U0002ee5d\U0002f800-\U0002fa1d\U00030000-\U0003134a\U00031350-\U00033479]+', 'g') m, generate_series(1, length(m[1])) i, (VALUES (1), (2), (3), (4)) k(n)
       WHERE i + n - 1 <= length(m[1]) $$;

-- A document's tokens (doc: the texts joined by U+001F, the two titles first; see 20261206100000_use_case_editorial).
CREATE FUNCTION "atlas_search"."search_tokens"(doc TEXT, words TEXT[]) RETURNS TEXT[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT words || "atlas_search"."search_grams"(doc)
             || ARRAY(SELECT '^' || x FROM unnest("atlas_search"."search_words"(title) || "atlas_search"."search_grams"(title)) x)
        FROM (SELECT split_part(doc, chr(31), 1) || chr(31) || split_part(doc, chr(31), 2) AS title) s $$;

-- The arrays live out of line (TOAST), so the table itself is ~100 bytes a row: a search reads only the ids of the
-- rows its bitmap index scan found, a few pages for thousands of rows, never the arrays (GIN's && and @> need no
-- recheck). A use case's ~200 tokens take ~2 KB; inline, the table would be 4 rows a page and a common word would
-- read every page (~100 MB at 100,000 use cases). PostgreSQL moves values out of line only from rows of ~2 KB up
-- (TOAST_TUPLE_THRESHOLD; toast_tuple_target lowers only the size it then aims for), so every row carries "pad", a
-- 2 KiB constant that compresses to a few bytes: each row is toasted, down to under 128 bytes, the tokens moved out.
-- Rows are replaced, not updated in place (an update would carry the old, already compressed pad and stay inline).
CREATE TABLE "atlas_search"."UseCaseToken" (
    "useCaseId" INTEGER NOT NULL PRIMARY KEY,
    "tokens" TEXT[] NOT NULL,
    "pad" TEXT NOT NULL DEFAULT repeat('-', 2048)
) WITH (toast_tuple_target = 128);
ALTER TABLE "atlas_search"."UseCaseToken" ALTER COLUMN "tokens" SET STORAGE EXTERNAL;
-- A small pending list: queries scan it whole until it is merged.
CREATE INDEX "UseCaseToken_tokens" ON "atlas_search"."UseCaseToken" USING gin ("tokens") WITH (gin_pending_list_limit = 512);

CREATE TABLE "atlas_search"."SearchWord" (
    "id" BIGSERIAL NOT NULL UNIQUE,
    "word" TEXT COLLATE "C" NOT NULL PRIMARY KEY
);

CREATE TABLE "atlas_search"."SearchWordChange" (
    "seq" BIGSERIAL NOT NULL PRIMARY KEY,
    "word" TEXT COLLATE "C" NOT NULL
);
CREATE INDEX "SearchWordChange_word" ON "atlas_search"."SearchWordChange" ("word");

-- Runs one search statement of lib/catalog/explore/postgres-backend.ts (its text, built by the app; every value in
-- it is an element of `args`, referenced as $1[n]) with sequential scans off: the planner would otherwise scan the
-- table for a common token (a word in most texts), reading and testing every array (seconds at 100,000 use cases),
-- where the GIN index answers in milliseconds whatever the share of rows. SECURITY INVOKER: the caller's rights.
CREATE FUNCTION "atlas_search"."token_query"(statement TEXT, args TEXT[]) RETURNS SETOF RECORD
LANGUAGE plpgsql STABLE
SET enable_seqscan = off
AS $$
BEGIN
    RETURN QUERY EXECUTE statement USING args;
END
$$;

CREATE FUNCTION "atlas_search"."search_word_fold"() RETURNS void
LANGUAGE plpgsql
AS $$
DECLARE
    seqs BIGINT[];
BEGIN
    IF NOT EXISTS (SELECT 1 FROM "atlas_search"."SearchWordChange") THEN
        RETURN;
    END IF;
    -- One fold at a time (held to the end of the transaction): words are numbered in commit order.
    PERFORM pg_advisory_xact_lock(hashtext('atlas_search.SearchWord'));
    SELECT array_agg("seq") INTO seqs FROM "atlas_search"."SearchWordChange";
    IF seqs IS NULL THEN
        RETURN;
    END IF;
    INSERT INTO "atlas_search"."SearchWord" ("word")
    SELECT DISTINCT "word" FROM "atlas_search"."SearchWordChange" WHERE "seq" = ANY(seqs) ORDER BY 1
    ON CONFLICT ("word") DO NOTHING;
    DELETE FROM "atlas_search"."SearchWordChange" WHERE "seq" = ANY(seqs);
END
$$;

CREATE FUNCTION "atlas_search"."use_case_token_sync"() RETURNS trigger
LANGUAGE plpgsql
AS $$
DECLARE
    words TEXT[];
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        DELETE FROM "atlas_search"."UseCaseToken" WHERE "useCaseId" = OLD."useCaseId";
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN NULL;
    END IF;
    words := "atlas_search"."search_words"(NEW."doc");
    -- A new row (see "pad"); the use case's text row is locked by this write, so no other writer replaces it meanwhile.
    DELETE FROM "atlas_search"."UseCaseToken" WHERE "useCaseId" = NEW."useCaseId";
    INSERT INTO "atlas_search"."UseCaseToken" ("useCaseId", "tokens") VALUES (NEW."useCaseId", "atlas_search"."search_tokens"(NEW."doc", words));
    INSERT INTO "atlas_search"."SearchWordChange" ("word")
    SELECT w FROM unnest(words) w
     WHERE NOT EXISTS (SELECT 1 FROM "atlas_search"."SearchWord" s WHERE s."word" = w)
       AND NOT EXISTS (SELECT 1 FROM "atlas_search"."SearchWordChange" c WHERE c."word" = w);
    RETURN NULL;
END
$$;

CREATE TRIGGER "UseCaseToken_sync" AFTER INSERT OR DELETE ON "atlas_search"."UseCaseText"
FOR EACH ROW EXECUTE FUNCTION "atlas_search"."use_case_token_sync"();
CREATE TRIGGER "UseCaseToken_update" AFTER UPDATE ON "atlas_search"."UseCaseText"
FOR EACH ROW WHEN (OLD."doc" IS DISTINCT FROM NEW."doc" OR OLD."useCaseId" <> NEW."useCaseId")
EXECUTE FUNCTION "atlas_search"."use_case_token_sync"();

-- explore_fold() (20261206170000_pg_explore_bitmaps), run by the catalog version bump and by bulk loaders, now also
-- brings the vocabulary up to date. Unchanged otherwise.
CREATE OR REPLACE FUNCTION "atlas_search"."explore_fold"() RETURNS void
LANGUAGE plpgsql
AS $$
DECLARE
    g RECORD;
    bits BYTEA;
    i INTEGER;
    b INTEGER;
    seqs BIGINT[];
BEGIN
    PERFORM "atlas_search"."search_word_fold"();
    -- Exactly the changes seen now (one snapshot): a change committed meanwhile stays for the next fold.
    SELECT array_agg("seq") INTO seqs FROM "atlas_search"."ExploreChange";
    IF seqs IS NULL THEN
        RETURN;
    END IF;
    FOR g IN
        SELECT "facet", "valueId", "useCaseId" / 32768 AS "chunk",
               array_agg("useCaseId" % 32768 ORDER BY "seq") AS "bit", array_agg("present" ORDER BY "seq") AS "present"
          FROM "atlas_search"."ExploreChange" WHERE "seq" = ANY(seqs) GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    LOOP
        SELECT m."bits" INTO bits FROM "atlas_search"."ExploreBitmap" m
         WHERE m."facet" = g."facet" AND m."valueId" = g."valueId" AND m."chunk" = g."chunk" FOR UPDATE;
        bits := COALESCE(bits, ''::bytea);
        FOR i IN 1 .. array_length(g."bit", 1) LOOP
            b := g."bit"[i];
            IF length(bits) <= b / 8 THEN
                bits := bits || decode(repeat('00', b / 8 + 1 - length(bits)), 'hex');
            END IF;
            bits := set_bit(bits, b, g."present"[i]::int);
        END LOOP;
        INSERT INTO "atlas_search"."ExploreBitmap" ("facet", "valueId", "chunk", "bits") VALUES (g."facet", g."valueId", g."chunk", bits)
        ON CONFLICT ("facet", "valueId", "chunk") DO UPDATE SET "bits" = EXCLUDED."bits";
    END LOOP;
    DELETE FROM "atlas_search"."ExploreChange" WHERE "seq" = ANY(seqs);
END
$$;

-- Backfill what already exists.
INSERT INTO "atlas_search"."UseCaseToken" ("useCaseId", "tokens")
SELECT "useCaseId", "atlas_search"."search_tokens"("doc", "atlas_search"."search_words"("doc")) FROM "atlas_search"."UseCaseText";
INSERT INTO "atlas_search"."SearchWord" ("word")
SELECT DISTINCT w FROM "atlas_search"."UseCaseText", unnest("atlas_search"."search_words"("doc")) w ORDER BY 1;
