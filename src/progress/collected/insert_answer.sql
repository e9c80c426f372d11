INSERT INTO collected_answers
    (device_id, answer_id, attempt_id, question_id, answer, points, answered_at)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
