var following = [ { "following" : { "accountId" : "3000" } } ]
