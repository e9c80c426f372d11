-- Statements waiting, and of those exported to a file: outbox rows and answers
-- that carry their own record.
SELECT (SELECT count(*) FROM xapi_outbox)
           + (SELECT count(*) FROM quiz_answers WHERE statement_id IS NOT NULL),
       (SELECT count(exported_at) FROM xapi_outbox)
           + (SELECT count(xapi_exported_at) FROM quiz_answers WHERE statement_id IS NOT NULL)
