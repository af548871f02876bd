window.__THAR_CONFIG = { "userInfo" : { "accountId" : "1000", "userName" : "dr_fixture_fic", "displayName" : "Dr Fixture" } }
