window.YTD.follower.part0 = [
  {
    "follower" : {
      "accountId" : "2000",
      "userLink" : "https://twitter.com/intent/user?user_id=2000"
    }
  },
]
