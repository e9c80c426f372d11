SELECT l.device_id, d.name, l.learner_id, l.display_name, l.certificate_name, l.language
FROM collected_learners AS l
JOIN collected_devices AS d ON d.device_id = l.device_id
ORDER BY l.display_name COLLATE NOCASE, d.name COLLATE NOCASE, l.device_id, l.learner_id
