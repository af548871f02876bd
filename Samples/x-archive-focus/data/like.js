window.YTD.like.part0 = [
  {
    "like" : {
      "tweetId" : "9000000000097772170",
      "fullText" : "New issue online #CurbCon26",
      "expandedUrl" : "https://twitter.com/i/web/status/9000000000097772170"
    }
  },
  {
    "like" : {
      "tweetId" : "9000000000122520975",
      "fullText" : "Great session on AFib ablation",
      "expandedUrl" : "https://twitter.com/i/web/status/9000000000122520975"
    }
  },
  {
    "like" : {
      "tweetId" : "9000000000094258839",
      "fullText" : "Preprint out today",
      "expandedUrl" : "https://twitter.com/i/web/status/9000000000094258839"
    }
  },
  {
    "like" : {
      "tweetId" : "9000000000093626098",
      "fullText" : "New issue online",
      "expandedUrl" : "https://twitter.com/i/web/status/9000000000093626098"
    }
  },
  {
    "like" : {
      "tweetId" : "9000000000125963759",
      "fullText" : "Great session on AFib ablation #CurbCon26",
      "expandedUrl" : "https://twitter.com/i/web/status/9000000000125963759"
    }
  },
  {
    "like" : {
      "tweetId" : "9000000000115176437",
      "fullText" : "Resus lessons from last night",
      "expandedUrl" : "https://twitter.com/i/web/status/9000000000115176437"
    }
  },
  {
    "like" : {
      "tweetId" : "9000000000111982981",
      "fullText" : "Survivorship care matters #CurbCon26",
      "expandedUrl" : "https://twitter.com/i/web/status/9000000000111982981"
    }
  },
  {
    "like" : {
      "tweetId" : "9000000000115881861",
      "fullText" : "Preprint out today",
      "expandedUrl" : "https://twitter.com/i/web/status/9000000000115881861"
    }
  },
  {
    "like" : {
      "tweetId" : "9000000000125503120",
      "fullText" : "Tumour board pearls #CurbCon26",
      "expandedUrl" : "https://twitter.com/i/web/status/9000000000125503120"
    }
  },
  {
    "like" : {
      "tweetId" : "9000000000109847660",
      "fullText" : "Troponin surveillance during trastuzumab",
      "expandedUrl" : "https://twitter.com/i/web/status/9000000000109847660"
    }
  },
  {
    "like" : {
      "tweetId" : "9000000000120663916",
      "fullText" : "QT-prolonging drugs: a checklist #CurbCon26",
      "expandedUrl" : "https://twitter.com/i/web/status/9000000000120663916"
    }
  },
  {
    "like" : {
      "tweetId" : "9000000000096955829",
      "fullText" : "Handover done right",
      "expandedUrl" : "https://twitter.com/i/web/status/9000000000096955829"
    }
  },
  {
    "like" : {
      "tweetId" : "9000000000118666383",
      "fullText" : "Our cohort study is published",
      "expandedUrl" : "https://twitter.com/i/web/status/9000000000118666383"
    }
  },
  {
    "like" : {
      "tweetId" : "9000000000122584440",
      "fullText" : "Guideline update released",
      "expandedUrl" : "https://twitter.com/i/web/status/9000000000122584440"
    }
  },
  {
    "like" : {
      "tweetId" : "9000000000104099656",
      "fullText" : "Registration is open #CurbCon26",
      "expandedUrl" : "https://twitter.com/i/web/status/9000000000104099656"
    }
  },
  {
    "like" : {
      "tweetId" : "9000000000116736134",
      "fullText" : "Great session on AFib ablation #CurbCon26",
      "expandedUrl" : "https://twitter.com/i/web/status/9000000000116736134"
    }
  },
  {
    "like" : {
      "tweetId" : "9000000000108927937",
      "fullText" : "Our cohort study is published #CurbCon26",
      "expandedUrl" : "https://twitter.com/i/web/status/9000000000108927937"
    }
  },
  {
    "like" : {
      "tweetId" : "9000000000114343720",
      "fullText" : "Just published",
      "expandedUrl" : "https://twitter.com/i/web/status/9000000000114343720"
    }
  },
  {
    "like" : {
      "tweetId" : "9000000000099268730",
      "fullText" : "Just published #CurbCon26",
      "expandedUrl" : "https://twitter.com/i/web/status/9000000000099268730"
    }
  },
  {
    "like" : {
      "tweetId" : "9000000000104560911",
      "fullText" : "Editor's pick",
      "expandedUrl" : "https://twitter.com/i/web/status/9000000000104560911"
    }
  },
  {
    "like" : {
      "tweetId" : "9000000000101884923",
      "fullText" : "Baseline echo before anthracyclines #CurbCon26",
      "expandedUrl" : "https://twitter.com/i/web/status/9000000000101884923"
    }
  },
  {
    "like" : {
      "tweetId" : "9000000000117185051",
      "fullText" : "Our reporter at the conference #CurbCon26",
      "expandedUrl" : "https://twitter.com/i/web/status/9000000000117185051"
    }
  },
  {
    "like" : {
      "tweetId" : "9000000000109796066",
      "fullText" : "Registration is open",
      "expandedUrl" : "https://twitter.com/i/web/status/9000000000109796066"
    }
  },
  {
    "like" : {
      "tweetId" : "9000000000103077501",
      "fullText" : "Editor's pick",
      "expandedUrl" : "https://twitter.com/i/web/status/9000000000103077501"
    }
  },
  {
    "like" : {
      "tweetId" : "9000000000121508529",
      "fullText" : "Troponin surveillance during trastuzumab",
      "expandedUrl" : "https://twitter.com/i/web/status/9000000000121508529"
    }
  },
  {
    "like" : {
      "tweetId" : "9000000000128422247",
      "fullText" : "Editor's pick #CurbCon26",
      "expandedUrl" : "https://twitter.com/i/web/status/9000000000128422247"
    }
  },
  {
    "like" : {
      "tweetId" : "9000000000112627733",
      "fullText" : "Immunotherapy toxicity update",
      "expandedUrl" : "https://twitter.com/i/web/status/9000000000112627733"
    }
  },
  {
    "like" : {
      "tweetId" : "9000000000116180182",
      "fullText" : "Practice-changing trial in lung cancer",
      "expandedUrl" : "https://twitter.com/i/web/status/9000000000116180182"
    }
  },
  {
    "like" : {
      "tweetId" : "9000000000119829958",
      "fullText" : "Editor's pick",
      "expandedUrl" : "https://twitter.com/i/web/status/9000000000119829958"
    }
  },
  {
    "like" : {
      "tweetId" : "9000000000115180004",
      "fullText" : "Troponin surveillance during trastuzumab #CurbCon26",
      "expandedUrl" : "https://twitter.com/i/web/status/9000000000115180004"
    }
  },
  {
    "like" : {
      "tweetId" : "9000000000110403661",
      "fullText" : "Registration is open",
      "expandedUrl" : "https://twitter.com/i/web/status/9000000000110403661"
    }
  },
  {
    "like" : {
      "tweetId" : "9000000000118034064",
      "fullText" : "Echo case of the day #CurbCon26",
      "expandedUrl" : "https://twitter.com/i/web/status/9000000000118034064"
    }
  },
  {
    "like" : {
      "tweetId" : "9000000000113304211",
      "fullText" : "Immunotherapy toxicity update #CurbCon26",
      "expandedUrl" : "https://twitter.com/i/web/status/9000000000113304211"
    }
  },
  {
    "like" : {
      "tweetId" : "9000000000099641288",
      "fullText" : "Echo case of the day #CurbCon26",
      "expandedUrl" : "https://twitter.com/i/web/status/9000000000099641288"
    }
  },
  {
    "like" : {
      "tweetId" : "9000000000093029282",
      "fullText" : "New data on heart failure outcomes #CurbCon26",
      "expandedUrl" : "https://twitter.com/i/web/status/9000000000093029282"
    }
  },
  {
    "like" : {
      "tweetId" : "9000000000129155073",
      "fullText" : "Join our webinar #CurbCon26",
      "expandedUrl" : "https://twitter.com/i/web/status/9000000000129155073"
    }
  },
  {
    "like" : {
      "tweetId" : "9000000000091698070",
      "fullText" : "Dosing pearls for renal impairment",
      "expandedUrl" : "https://twitter.com/i/web/status/9000000000091698070"
    }
  },
  {
    "like" : {
      "tweetId" : "9000000000126540309",
      "fullText" : "Tumour board pearls",
      "expandedUrl" : "https://twitter.com/i/web/status/9000000000126540309"
    }
  },
  {
    "like" : {
      "tweetId" : "9000000000106681531",
      "fullText" : "Registration is open",
      "expandedUrl" : "https://twitter.com/i/web/status/9000000000106681531"
    }
  },
  {
    "like" : {
      "tweetId" : "9000000000119315515",
      "fullText" : "Drug interaction alert",
      "expandedUrl" : "https://twitter.com/i/web/status/9000000000119315515"
    }
  },
  {
    "like" : {
      "tweetId" : "9000000000124711439",
      "fullText" : "Lipids, again: LDL is causal",
      "expandedUrl" : "https://twitter.com/i/web/status/9000000000124711439"
    }
  },
  {
    "like" : {
      "tweetId" : "9000000000105865698",
      "fullText" : "Practice-changing trial in lung cancer",
      "expandedUrl" : "https://twitter.com/i/web/status/9000000000105865698"
    }
  },
  {
    "like" : {
      "tweetId" : "9000000000098396604",
      "fullText" : "Great session on AFib ablation",
      "expandedUrl" : "https://twitter.com/i/web/status/9000000000098396604"
    }
  },
  {
    "like" : {
      "tweetId" : "9000000000121077375",
      "fullText" : "Tumour board pearls",
      "expandedUrl" : "https://twitter.com/i/web/status/9000000000121077375"
    }
  },
  {
    "like" : {
      "tweetId" : "9000000000094039562",
      "fullText" : "Listen to patients",
      "expandedUrl" : "https://twitter.com/i/web/status/9000000000094039562"
    }
  },
  {
    "like" : {
      "tweetId" : "9000000000109241999",
      "fullText" : "My scan was clear today #CurbCon26",
      "expandedUrl" : "https://twitter.com/i/web/status/9000000000109241999"
    }
  },
  {
    "like" : {
      "tweetId" : "9000000000102239924",
      "fullText" : "Just published",
      "expandedUrl" : "https://twitter.com/i/web/status/9000000000102239924"
    }
  },
  {
    "like" : {
      "tweetId" : "9000000000128229213",
      "fullText" : "New issue online #CurbCon26",
      "expandedUrl" : "https://twitter.com/i/web/status/9000000000128229213"
    }
  },
  {
    "like" : {
      "tweetId" : "9000000000121572238",
      "fullText" : "Our cohort study is published #CurbCon26",
      "expandedUrl" : "https://twitter.com/i/web/status/9000000000121572238"
    }
  },
  {
    "like" : {
      "tweetId" : "9000000000101589030",
      "fullText" : "Immunotherapy toxicity update #meded",
      "expandedUrl" : "https://twitter.com/i/web/status/9000000000101589030"
    }
  },
  {
    "like" : {
      "tweetId" : "9000000000095293282",
      "fullText" : "Tumour board pearls #meded",
      "expandedUrl" : "https://twitter.com/i/web/status/9000000000095293282"
    }
  },
  {
    "like" : {
      "tweetId" : "9000000000096179311",
      "fullText" : "New issue online",
      "expandedUrl" : "https://twitter.com/i/web/status/9000000000096179311"
    }
  },
  {
    "like" : {
      "tweetId" : "9000000000123230631",
      "fullText" : "Survivorship care matters",
      "expandedUrl" : "https://twitter.com/i/web/status/9000000000123230631"
    }
  },
  {
    "like" : {
      "tweetId" : "9000000000112709620",
      "fullText" : "Echo case of the day #meded",
      "expandedUrl" : "https://twitter.com/i/web/status/9000000000112709620"
    }
  },
  {
    "like" : {
      "tweetId" : "9000000000109693443",
      "fullText" : "Great session on AFib ablation #meded",
      "expandedUrl" : "https://twitter.com/i/web/status/9000000000109693443"
    }
  },
  {
    "like" : {
      "tweetId" : "9000000000100882590",
      "fullText" : "Join our webinar #meded",
      "expandedUrl" : "https://twitter.com/i/web/status/9000000000100882590"
    }
  },
  {
    "like" : {
      "tweetId" : "9000000000111415983",
      "fullText" : "Echo case of the day #meded",
      "expandedUrl" : "https://twitter.com/i/web/status/9000000000111415983"
    }
  },
  {
    "like" : {
      "tweetId" : "9000000000104980392",
      "fullText" : "Echo case of the day #meded",
      "expandedUrl" : "https://twitter.com/i/web/status/9000000000104980392"
    }
  },
  {
    "like" : {
      "tweetId" : "9000000000129181665",
      "fullText" : "Registration is open #meded",
      "expandedUrl" : "https://twitter.com/i/web/status/9000000000129181665"
    }
  },
  {
    "like" : {
      "tweetId" : "9000000000122416866",
      "fullText" : "Just published",
      "expandedUrl" : "https://twitter.com/i/web/status/9000000000122416866"
    }
  },
  {
    "like" : {
      "tweetId" : "9000000000124211141",
      "fullText" : "Registration is open",
      "expandedUrl" : "https://twitter.com/i/web/status/9000000000124211141"
    }
  },
  {
    "like" : {
      "tweetId" : "9000000000105676639",
      "fullText" : "Nurses make the difference",
      "expandedUrl" : "https://twitter.com/i/web/status/9000000000105676639"
    }
  },
  {
    "like" : {
      "tweetId" : "9000000000107427520",
      "fullText" : "Great session on AFib ablation #meded",
      "expandedUrl" : "https://twitter.com/i/web/status/9000000000107427520"
    }
  },
  {
    "like" : {
      "tweetId" : "9000000000098280777",
      "fullText" : "Lipids, again: LDL is causal #meded",
      "expandedUrl" : "https://twitter.com/i/web/status/9000000000098280777"
    }
  },
  {
    "like" : {
      "tweetId" : "9000000000106032343",
      "fullText" : "Resus lessons from last night",
      "expandedUrl" : "https://twitter.com/i/web/status/9000000000106032343"
    }
  },
  {
    "like" : {
      "tweetId" : "9000000000127407207",
      "fullText" : "Preprint out today #meded",
      "expandedUrl" : "https://twitter.com/i/web/status/9000000000127407207"
    }
  },
  {
    "like" : {
      "tweetId" : "9000000000122368942",
      "fullText" : "New issue online",
      "expandedUrl" : "https://twitter.com/i/web/status/9000000000122368942"
    }
  },
  {
    "like" : {
      "tweetId" : "9000000000129111093",
      "fullText" : "Registration is open #meded",
      "expandedUrl" : "https://twitter.com/i/web/status/9000000000129111093"
    }
  },
  {
    "like" : {
      "tweetId" : "9000000000092442132",
      "fullText" : "Echo case of the day #meded",
      "expandedUrl" : "https://twitter.com/i/web/status/9000000000092442132"
    }
  },
  {
    "like" : {
      "tweetId" : "9000000000105002619",
      "fullText" : "New issue online #meded",
      "expandedUrl" : "https://twitter.com/i/web/status/9000000000105002619"
    }
  },
  {
    "like" : {
      "tweetId" : "9000000000106888726",
      "fullText" : "Survivorship care matters",
      "expandedUrl" : "https://twitter.com/i/web/status/9000000000106888726"
    }
  },
  {
    "like" : {
      "tweetId" : "9000000000123715301",
      "fullText" : "Tumour board pearls",
      "expandedUrl" : "https://twitter.com/i/web/status/9000000000123715301"
    }
  },
  {
    "like" : {
      "tweetId" : "9000000000110981151",
      "fullText" : "Lipids, again: LDL is causal",
      "expandedUrl" : "https://twitter.com/i/web/status/9000000000110981151"
    }
  },
  {
    "like" : {
      "tweetId" : "9000000000116952237",
      "fullText" : "Troponin surveillance during trastuzumab #meded",
      "expandedUrl" : "https://twitter.com/i/web/status/9000000000116952237"
    }
  },
  {
    "like" : {
      "tweetId" : "9000000000098526850",
      "fullText" : "Troponin surveillance during trastuzumab",
      "expandedUrl" : "https://twitter.com/i/web/status/9000000000098526850"
    }
  },
  {
    "like" : {
      "tweetId" : "9000000000104177769",
      "fullText" : "Guideline update released #meded",
      "expandedUrl" : "https://twitter.com/i/web/status/9000000000104177769"
    }
  },
  {
    "like" : {
      "tweetId" : "9000000000103672529",
      "fullText" : "Safe staffing saves lives #meded",
      "expandedUrl" : "https://twitter.com/i/web/status/9000000000103672529"
    }
  },
  {
    "like" : {
      "tweetId" : "9000000000103559286",
      "fullText" : "Preprint out today #meded",
      "expandedUrl" : "https://twitter.com/i/web/status/9000000000103559286"
    }
  },
  {
    "like" : {
      "tweetId" : "9000000000108062686",
      "fullText" : "Cardio-oncology clinic pearls #meded",
      "expandedUrl" : "https://twitter.com/i/web/status/9000000000108062686"
    }
  },
  {
    "like" : {
      "tweetId" : "9000000000113875987",
      "fullText" : "Our cohort study is published",
      "expandedUrl" : "https://twitter.com/i/web/status/9000000000113875987"
    }
  },
  {
    "like" : {
      "tweetId" : "9000000000100492417",
      "fullText" : "New data on heart failure outcomes #meded",
      "expandedUrl" : "https://twitter.com/i/web/status/9000000000100492417"
    }
  },
  {
    "like" : {
      "tweetId" : "9000000000128602368",
      "fullText" : "Great session on AFib ablation",
      "expandedUrl" : "https://twitter.com/i/web/status/9000000000128602368"
    }
  },
  {
    "like" : {
      "tweetId" : "9000000000104004915",
      "fullText" : "Echo case of the day #meded",
      "expandedUrl" : "https://twitter.com/i/web/status/9000000000104004915"
    }
  },
  {
    "like" : {
      "tweetId" : "9000000000109146293",
      "fullText" : "QT-prolonging drugs: a checklist",
      "expandedUrl" : "https://twitter.com/i/web/status/9000000000109146293"
    }
  },
  {
    "like" : {
      "tweetId" : "9000000000095153225",
      "fullText" : "Registration is open",
      "expandedUrl" : "https://twitter.com/i/web/status/9000000000095153225"
    }
  }
]