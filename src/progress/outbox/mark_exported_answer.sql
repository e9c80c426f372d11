-- The statement at place ?1, an answer's record, was written to a file at ?2.
UPDATE quiz_answers SET xapi_exported_at = ?2 WHERE id = ?1 AND statement_id IS NOT NULL
