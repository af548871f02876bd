window.YTD.tweets.part0 = [
  { "tweet" : { "id_str" : "1", "created_at" : "Wed Nov 17 19:49:09 +0000 2021", "full_text" : "fictional post text",
    "entities" : { "hashtags" : [ ], "user_mentions" : [ ], "urls" : [ ] } } },
  { "tweet" : { "id_str" : "2", "created_at" : "Thu Nov 18 19:49:09 +0000 2021", "full_text" : "fictional post te