window.YTD.following.part0 = [
  {
    "following" : {
      "accountId" : "9100000051149",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000051149"
    }
  },
  {
    "following" : {
      "accountId" : "9100000059342",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000059342"
    }
  },
  {
    "following" : {
      "accountId" : "9100000053267",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000053267"
    }
  },
  {
    "following" : {
      "accountId" : "9100000018822",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000018822"
    }
  },
  {
    "following" : {
      "accountId" : "9100000021361",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000021361"
    }
  },
  {
    "following" : {
      "accountId" : "9100000067093",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000067093"
    }
  },
  {
    "following" : {
      "accountId" : "9100000001383",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000001383"
    }
  },
  {
    "following" : {
      "accountId" : "9100000067144",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000067144"
    }
  },
  {
    "following" : {
      "accountId" : "9100000030472",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000030472"
    }
  },
  {
    "following" : {
      "accountId" : "9100000006328",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000006328"
    }
  },
  {
    "following" : {
      "accountId" : "9100000056017",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000056017"
    }
  },
  {
    "following" : {
      "accountId" : "9100000022944",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000022944"
    }
  },
  {
    "following" : {
      "accountId" : "9100000058080",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000058080"
    }
  },
  {
    "following" : {
      "accountId" : "9100000069207",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000069207"
    }
  },
  {
    "following" : {
      "accountId" : "9100000041927",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000041927"
    }
  },
  {
    "following" : {
      "accountId" : "9100000032671",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000032671"
    }
  },
  {
    "following" : {
      "accountId" : "9100000020378",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000020378"
    }
  },
  {
    "following" : {
      "accountId" : "9100000032373",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000032373"
    }
  },
  {
    "following" : {
      "accountId" : "9100000046102",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000046102"
    }
  },
  {
    "following" : {
      "accountId" : "9100000007322",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000007322"
    }
  },
  {
    "following" : {
      "accountId" : "9100000046621",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000046621"
    }
  },
  {
    "following" : {
      "accountId" : "9100000012755",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000012755"
    }
  },
  {
    "following" : {
      "accountId" : "9100000015590",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000015590"
    }
  },
  {
    "following" : {
      "accountId" : "9100000008794",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000008794"
    }
  },
  {
    "following" : {
      "accountId" : "9100000038033",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000038033"
    }
  },
  {
    "following" : {
      "accountId" : "9100000012834",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000012834"
    }
  },
  {
    "following" : {
      "accountId" : "9100000025307",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000025307"
    }
  },
  {
    "following" : {
      "accountId" : "9100000052870",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000052870"
    }
  },
  {
    "following" : {
      "accountId" : "9100000043992",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000043992"
    }
  },
  {
    "following" : {
      "accountId" : "9100000046750",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000046750"
    }
  },
  {
    "following" : {
      "accountId" : "9100000004145",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000004145"
    }
  },
  {
    "following" : {
      "accountId" : "9100000062410",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000062410"
    }
  },
  {
    "following" : {
      "accountId" : "9100000011393",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000011393"
    }
  },
  {
    "following" : {
      "accountId" : "9100000041051",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000041051"
    }
  },
  {
    "following" : {
      "accountId" : "9100000012412",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000012412"
    }
  },
  {
    "following" : {
      "accountId" : "9100000010171",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000010171"
    }
  },
  {
    "following" : {
      "accountId" : "9100000020215",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000020215"
    }
  },
  {
    "following" : {
      "accountId" : "9100000021976",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000021976"
    }
  },
  {
    "following" : {
      "accountId" : "9100000057096",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000057096"
    }
  },
  {
    "following" : {
      "accountId" : "9100000062633",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000062633"
    }
  },
  {
    "following" : {
      "accountId" : "9100000030795",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000030795"
    }
  },
  {
    "following" : {
      "accountId" : "9100000028686",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000028686"
    }
  },
  {
    "following" : {
      "accountId" : "9100000009160",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000009160"
    }
  },
  {
    "following" : {
      "accountId" : "9100000006468",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000006468"
    }
  },
  {
    "following" : {
      "accountId" : "9100000044295",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000044295"
    }
  },
  {
    "following" : {
      "accountId" : "9100000043067",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000043067"
    }
  },
  {
    "following" : {
      "accountId" : "9100000057340",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000057340"
    }
  },
  {
    "following" : {
      "accountId" : "9100000022153",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000022153"
    }
  },
  {
    "following" : {
      "accountId" : "9100000048858",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000048858"
    }
  },
  {
    "following" : {
      "accountId" : "9100000067034",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000067034"
    }
  },
  {
    "following" : {
      "accountId" : "9100000057485",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000057485"
    }
  },
  {
    "following" : {
      "accountId" : "9100000014552",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000014552"
    }
  },
  {
    "following" : {
      "accountId" : "9100000042754",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000042754"
    }
  },
  {
    "following" : {
      "accountId" : "9100000053519",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000053519"
    }
  },
  {
    "following" : {
      "accountId" : "9100000018428",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000018428"
    }
  },
  {
    "following" : {
      "accountId" : "9100000016625",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000016625"
    }
  },
  {
    "following" : {
      "accountId" : "9100000015009",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000015009"
    }
  },
  {
    "following" : {
      "accountId" : "9100000037059",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000037059"
    }
  },
  {
    "following" : {
      "accountId" : "9100000005046",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000005046"
    }
  },
  {
    "following" : {
      "accountId" : "9100000045110",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000045110"
    }
  },
  {
    "following" : {
      "accountId" : "9100000013175",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000013175"
    }
  },
  {
    "following" : {
      "accountId" : "9100000026993",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000026993"
    }
  },
  {
    "following" : {
      "accountId" : "9100000052309",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000052309"
    }
  },
  {
    "following" : {
      "accountId" : "9100000010940",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000010940"
    }
  },
  {
    "following" : {
      "accountId" : "9100000049525",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000049525"
    }
  },
  {
    "following" : {
      "accountId" : "9100000017889",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000017889"
    }
  },
  {
    "following" : {
      "accountId" : "9100000037075",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000037075"
    }
  },
  {
    "following" : {
      "accountId" : "9100000020138",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000020138"
    }
  },
  {
    "following" : {
      "accountId" : "9100000016302",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000016302"
    }
  },
  {
    "following" : {
      "accountId" : "9100000048265",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000048265"
    }
  },
  {
    "following" : {
      "accountId" : "9100000010713",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000010713"
    }
  },
  {
    "following" : {
      "accountId" : "9100000024297",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000024297"
    }
  },
  {
    "following" : {
      "accountId" : "9100000060550",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000060550"
    }
  },
  {
    "following" : {
      "accountId" : "9100000015715",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000015715"
    }
  },
  {
    "following" : {
      "accountId" : "9100000048177",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000048177"
    }
  },
  {
    "following" : {
      "accountId" : "9100000019417",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000019417"
    }
  },
  {
    "following" : {
      "accountId" : "9100000028299",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000028299"
    }
  },
  {
    "following" : {
      "accountId" : "9100000023707",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000023707"
    }
  },
  {
    "following" : {
      "accountId" : "9100000008776",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000008776"
    }
  },
  {
    "following" : {
      "accountId" : "9100000050992",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000050992"
    }
  },
  {
    "following" : {
      "accountId" : "9100000053486",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000053486"
    }
  },
  {
    "following" : {
      "accountId" : "9100000002975",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000002975"
    }
  },
  {
    "following" : {
      "accountId" : "9100000039338",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000039338"
    }
  },
  {
    "following" : {
      "accountId" : "9100000003548",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000003548"
    }
  },
  {
    "following" : {
      "accountId" : "9100000069333",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000069333"
    }
  },
  {
    "following" : {
      "accountId" : "9100000032444",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000032444"
    }
  },
  {
    "following" : {
      "accountId" : "9100000068411",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000068411"
    }
  },
  {
    "following" : {
      "accountId" : "9100000051896",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000051896"
    }
  },
  {
    "following" : {
      "accountId" : "9100000056877",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000056877"
    }
  },
  {
    "following" : {
      "accountId" : "9100000030160",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000030160"
    }
  },
  {
    "following" : {
      "accountId" : "9100000048360",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000048360"
    }
  },
  {
    "following" : {
      "accountId" : "9100000058934",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000058934"
    }
  },
  {
    "following" : {
      "accountId" : "9100000009660",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000009660"
    }
  },
  {
    "following" : {
      "accountId" : "9100000001514",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000001514"
    }
  },
  {
    "following" : {
      "accountId" : "9100000016969",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000016969"
    }
  },
  {
    "following" : {
      "accountId" : "9100000004477",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000004477"
    }
  },
  {
    "following" : {
      "accountId" : "9100000019345",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000019345"
    }
  },
  {
    "following" : {
      "accountId" : "9100000010307",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000010307"
    }
  },
  {
    "following" : {
      "accountId" : "9100000056091",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000056091"
    }
  },
  {
    "following" : {
      "accountId" : "9100000007986",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000007986"
    }
  },
  {
    "following" : {
      "accountId" : "9100000024789",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000024789"
    }
  },
  {
    "following" : {
      "accountId" : "9100000048598",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000048598"
    }
  },
  {
    "following" : {
      "accountId" : "9100000007795",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000007795"
    }
  },
  {
    "following" : {
      "accountId" : "9100000065078",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000065078"
    }
  },
  {
    "following" : {
      "accountId" : "9100000042950",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000042950"
    }
  },
  {
    "following" : {
      "accountId" : "9100000029532",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000029532"
    }
  },
  {
    "following" : {
      "accountId" : "9100000002089",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000002089"
    }
  },
  {
    "following" : {
      "accountId" : "9100000005947",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000005947"
    }
  },
  {
    "following" : {
      "accountId" : "9100000012765",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000012765"
    }
  },
  {
    "following" : {
      "accountId" : "9100000031131",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000031131"
    }
  },
  {
    "following" : {
      "accountId" : "9100000054033",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000054033"
    }
  },
  {
    "following" : {
      "accountId" : "9100000032610",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000032610"
    }
  },
  {
    "following" : {
      "accountId" : "9100000052935",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000052935"
    }
  },
  {
    "following" : {
      "accountId" : "9100000010429",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000010429"
    }
  },
  {
    "following" : {
      "accountId" : "9100000002867",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000002867"
    }
  },
  {
    "following" : {
      "accountId" : "9100000044863",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000044863"
    }
  },
  {
    "following" : {
      "accountId" : "9100000048708",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000048708"
    }
  },
  {
    "following" : {
      "accountId" : "9100000022218",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000022218"
    }
  },
  {
    "following" : {
      "accountId" : "9100000059873",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000059873"
    }
  },
  {
    "following" : {
      "accountId" : "9100000033813",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000033813"
    }
  },
  {
    "following" : {
      "accountId" : "9100000052998",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000052998"
    }
  },
  {
    "following" : {
      "accountId" : "9100000038946",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000038946"
    }
  },
  {
    "following" : {
      "accountId" : "9100000032233",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000032233"
    }
  },
  {
    "following" : {
      "accountId" : "9100000052257",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000052257"
    }
  },
  {
    "following" : {
      "accountId" : "9100000017161",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000017161"
    }
  },
  {
    "following" : {
      "accountId" : "9100000003895",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000003895"
    }
  },
  {
    "following" : {
      "accountId" : "9100000025904",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000025904"
    }
  },
  {
    "following" : {
      "accountId" : "9100000028380",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000028380"
    }
  },
  {
    "following" : {
      "accountId" : "9100000048881",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000048881"
    }
  },
  {
    "following" : {
      "accountId" : "9100000006882",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000006882"
    }
  },
  {
    "following" : {
      "accountId" : "9100000036174",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000036174"
    }
  },
  {
    "following" : {
      "accountId" : "9100000056267",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000056267"
    }
  },
  {
    "following" : {
      "accountId" : "9100000063244",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000063244"
    }
  },
  {
    "following" : {
      "accountId" : "9100000044663",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000044663"
    }
  },
  {
    "following" : {
      "accountId" : "9100000038754",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000038754"
    }
  },
  {
    "following" : {
      "accountId" : "9100000063523",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000063523"
    }
  },
  {
    "following" : {
      "accountId" : "9100000025547",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000025547"
    }
  },
  {
    "following" : {
      "accountId" : "9100000048063",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000048063"
    }
  },
  {
    "following" : {
      "accountId" : "9100000029461",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000029461"
    }
  },
  {
    "following" : {
      "accountId" : "9100000065753",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000065753"
    }
  },
  {
    "following" : {
      "accountId" : "9100000013248",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000013248"
    }
  },
  {
    "following" : {
      "accountId" : "9100000025202",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000025202"
    }
  },
  {
    "following" : {
      "accountId" : "9100000035525",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000035525"
    }
  },
  {
    "following" : {
      "accountId" : "9100000044624",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000044624"
    }
  },
  {
    "following" : {
      "accountId" : "9100000033420",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000033420"
    }
  },
  {
    "following" : {
      "accountId" : "9100000033922",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000033922"
    }
  },
  {
    "following" : {
      "accountId" : "9100000014777",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000014777"
    }
  },
  {
    "following" : {
      "accountId" : "9100000037586",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000037586"
    }
  },
  {
    "following" : {
      "accountId" : "9100000045346",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000045346"
    }
  },
  {
    "following" : {
      "accountId" : "9100000054611",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000054611"
    }
  },
  {
    "following" : {
      "accountId" : "9100000065372",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000065372"
    }
  },
  {
    "following" : {
      "accountId" : "9100000031368",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000031368"
    }
  },
  {
    "following" : {
      "accountId" : "9100000035494",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000035494"
    }
  },
  {
    "following" : {
      "accountId" : "9100000064267",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000064267"
    }
  },
  {
    "following" : {
      "accountId" : "9100000034831",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000034831"
    }
  },
  {
    "following" : {
      "accountId" : "9100000054863",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000054863"
    }
  },
  {
    "following" : {
      "accountId" : "9100000024740",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000024740"
    }
  },
  {
    "following" : {
      "accountId" : "9100000050658",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000050658"
    }
  },
  {
    "following" : {
      "accountId" : "9100000010864",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000010864"
    }
  },
  {
    "following" : {
      "accountId" : "9100000059883",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000059883"
    }
  },
  {
    "following" : {
      "accountId" : "9100000034465",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000034465"
    }
  },
  {
    "following" : {
      "accountId" : "9100000028744",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000028744"
    }
  },
  {
    "following" : {
      "accountId" : "9100000066873",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000066873"
    }
  },
  {
    "following" : {
      "accountId" : "9100000030288",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000030288"
    }
  },
  {
    "following" : {
      "accountId" : "9100000061912",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000061912"
    }
  },
  {
    "following" : {
      "accountId" : "9100000004226",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000004226"
    }
  },
  {
    "following" : {
      "accountId" : "9100000066780",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000066780"
    }
  },
  {
    "following" : {
      "accountId" : "9100000014252",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000014252"
    }
  },
  {
    "following" : {
      "accountId" : "9100000035419",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000035419"
    }
  },
  {
    "following" : {
      "accountId" : "9100000062744",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000062744"
    }
  },
  {
    "following" : {
      "accountId" : "9100000029549",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000029549"
    }
  },
  {
    "following" : {
      "accountId" : "9100000049365",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000049365"
    }
  },
  {
    "following" : {
      "accountId" : "9100000018648",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000018648"
    }
  },
  {
    "following" : {
      "accountId" : "9100000056441",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000056441"
    }
  },
  {
    "following" : {
      "accountId" : "9100000033592",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000033592"
    }
  },
  {
    "following" : {
      "accountId" : "9100000038709",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000038709"
    }
  },
  {
    "following" : {
      "accountId" : "9100000018297",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000018297"
    }
  },
  {
    "following" : {
      "accountId" : "9100000047066",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000047066"
    }
  },
  {
    "following" : {
      "accountId" : "9100000048026",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000048026"
    }
  },
  {
    "following" : {
      "accountId" : "9100000014364",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000014364"
    }
  },
  {
    "following" : {
      "accountId" : "9100000027550",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000027550"
    }
  },
  {
    "following" : {
      "accountId" : "9100000017599",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000017599"
    }
  },
  {
    "following" : {
      "accountId" : "9100000027891",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000027891"
    }
  },
  {
    "following" : {
      "accountId" : "9100000019952",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000019952"
    }
  },
  {
    "following" : {
      "accountId" : "9100000059300",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000059300"
    }
  },
  {
    "following" : {
      "accountId" : "9100000026545",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000026545"
    }
  },
  {
    "following" : {
      "accountId" : "9100000024250",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000024250"
    }
  },
  {
    "following" : {
      "accountId" : "9100000015379",
      "userLink" : "https://twitter.com/intent/user?user_id=9100000015379"
    }
  }
]