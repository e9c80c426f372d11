SELECT value FROM device_settings WHERE key = ?1
