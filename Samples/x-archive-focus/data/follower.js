window.YTD.follower.part0 = [
  {
    "follower" : {
      "accountId" : "9100000022660",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000022660"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000020378",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000020378"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000011399",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000011399"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000066873",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000066873"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000045184",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000045184"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000058934",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000058934"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000058080",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000058080"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000011298",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000011298"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000009510",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000009510"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000004145",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000004145"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000002089",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000002089"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000051673",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000051673"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000005259",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000005259"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000052998",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000052998"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000001721",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000001721"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000016306",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000016306"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000061912",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000061912"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000054202",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000054202"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000067956",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000067956"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000019264",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000019264"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000030472",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000030472"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000013868",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000013868"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000022944",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000022944"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000041975",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000041975"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000013175",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000013175"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000045346",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000045346"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000024297",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000024297"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000048026",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000048026"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000035441",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000035441"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000052119",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000052119"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000033922",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000033922"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000005371",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000005371"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000033592",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000033592"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000038381",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000038381"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000041051",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000041051"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000041188",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000041188"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000044295",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000044295"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000001775",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000001775"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000027865",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000027865"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000007468",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000007468"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000035419",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000035419"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000059064",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000059064"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000053519",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000053519"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000049365",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000049365"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000061660",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000061660"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000034132",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000034132"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000038754",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000038754"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000044863",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000044863"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000063488",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000063488"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000007986",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000007986"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000010864",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000010864"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000048708",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000048708"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000031131",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000031131"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000033420",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000033420"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000046621",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000046621"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000037586",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000037586"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000062633",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000062633"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000056091",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000056091"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000023341",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000023341"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000025547",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000025547"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000017889",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000017889"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000027247",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000027247"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000054863",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000054863"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000040894",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000040894"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000017599",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000017599"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000039754",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000039754"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000032444",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000032444"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000005430",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000005430"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000067658",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000067658"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000001163",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000001163"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000005046",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000005046"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000002975",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000002975"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000025307",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000025307"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000015009",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000015009"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000016625",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000016625"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000065136",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000065136"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000037104",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000037104"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000053267",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000053267"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000010171",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000010171"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000065753",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000065753"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000053076",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000053076"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000009660",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000009660"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000010940",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000010940"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000008776",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000008776"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000004226",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000004226"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000049525",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000049525"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000037059",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000037059"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000028380",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000028380"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000030211",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000030211"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000050819",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000050819"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000051896",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000051896"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000006882",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000006882"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000028260",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000028260"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000022153",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000022153"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000032610",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000032610"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000067034",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000067034"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000052309",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000052309"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000007795",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000007795"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000047066",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000047066"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000007716",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000007716"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000034985",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000034985"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000067144",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000067144"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000032448",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000032448"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000028686",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000028686"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000059255",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000059255"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000044624",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000044624"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000029532",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000029532"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000014364",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000014364"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000058714",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000058714"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000048063",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000048063"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000015379",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000015379"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000032373",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000032373"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000048265",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000048265"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000018822",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000018822"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000017161",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000017161"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000056267",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000056267"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000012765",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000012765"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000048510",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000048510"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000061851",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000061851"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000012455",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000012455"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000023310",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000023310"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000025904",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000025904"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000052935",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000052935"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000053720",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000053720"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000023253",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000023253"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000055452",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000055452"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000038685",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000038685"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000048881",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000048881"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000062665",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000062665"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000001147",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000001147"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000045110",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000045110"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000022218",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000022218"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000021976",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000021976"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000042859",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000042859"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000036174",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000036174"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000034655",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000034655"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000064095",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000064095"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000048598",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000048598"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000029232",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000029232"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000016969",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000016969"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000041940",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000041940"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000064857",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000064857"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000067951",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000067951"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000047831",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000047831"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000056017",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000056017"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000027136",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000027136"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000020138",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000020138"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000029549",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000029549"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000042950",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000042950"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000061223",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000061223"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000025202",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000025202"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000059873",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000059873"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000057096",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000057096"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000001572",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000001572"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000012834",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000012834"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000032233",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000032233"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000062410",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000062410"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000054033",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000054033"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000067376",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000067376"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000050658",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000050658"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000039110",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000039110"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000030795",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000030795"
    }
  },
  {
    "follower" : {
      "accountId" : "9100000069207",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000069207"
    }
  }
]