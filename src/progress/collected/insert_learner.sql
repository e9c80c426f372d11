INSERT INTO collected_learners
    (device_id, learner_id, display_name, certificate_name, language, created_at, subject_id)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
