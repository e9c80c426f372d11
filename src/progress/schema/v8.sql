-- Progress format v8: an answer's learning record is kept on the answer's own
-- row instead of a row of its own in `xapi_outbox`, so saving an answer writes
-- one table row and its index entry. The record holds what the `answered`
-- statement needs that the answer and its attempt do not: the statement id,
-- made at commit, and the actor as the device settings named them then. The
-- statement is rendered from it when it is exported or sent, byte for byte as
-- from an outbox row. `statement_id` is NULL when the row carries no pending
-- record: answers saved before v8 (their records stay in `xapi_outbox`), and
-- answers whose record an LRS now holds.
--
-- Answers with a record and outbox rows share one sequence: each new row takes
-- the place after the last of both tables (`quiz_answers.id`,
-- `xapi_outbox.seq`), so the outbox still reads back in the order things
-- happened and pages by that place.
ALTER TABLE quiz_answers ADD COLUMN statement_id TEXT;
ALTER TABLE quiz_answers ADD COLUMN xapi_home_page TEXT;
ALTER TABLE quiz_answers ADD COLUMN xapi_name TEXT;
ALTER TABLE quiz_answers ADD COLUMN xapi_exported_at INTEGER;
