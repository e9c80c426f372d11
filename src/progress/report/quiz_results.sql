-- In key order, to be matched with the report rows in one pass; ?1 narrows to
-- one course when not NULL.
SELECT learner_id, course_id, quiz_id, attempts, best_score, passed
FROM quiz_results
WHERE ?1 IS NULL OR course_id = ?1
ORDER BY learner_id, course_id, quiz_id
