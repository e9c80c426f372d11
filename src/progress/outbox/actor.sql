-- A learner's pseudonymous id and this device's id, to name the learner in a
-- statement.
SELECT (SELECT account_name FROM xapi_learners WHERE learner_id = ?1),
       (SELECT value ->> '$' FROM device_settings WHERE key = 'xapi.device_id')
