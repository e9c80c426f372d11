-- An LRS holds the statement at place ?1: an answer keeps its row without the
-- record.
UPDATE quiz_answers
SET statement_id = NULL, xapi_home_page = NULL, xapi_name = NULL, xapi_exported_at = NULL
WHERE id = ?1 AND statement_id IS NOT NULL
