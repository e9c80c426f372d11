INSERT OR IGNORE INTO xapi_learners (learner_id, account_name) VALUES (?1, ?2)
