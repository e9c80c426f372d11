-- Every answer collected from other devices, in primary key order (device_id,
-- then the device's answer id: each attempt's answers in the order given).
-- One pass over the table: the caller keeps the answers of the attempts it
-- read. Finding each attempt's answers through `collected_answers_by_attempt`
-- instead costs a second search per answer, by a key that starts with the
-- device's id, and takes twice as long as reading them all.
SELECT device_id, attempt_id, question_id, answer
FROM collected_answers
ORDER BY device_id, answer_id
