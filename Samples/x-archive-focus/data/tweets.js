window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000050424226"
          ],
          "editableUntil" : "2026-03-20T22:50:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "CurbCon26",
            "indices" : [
              "108",
              "118"
            ]
          },
          {
            "text" : "cardiotwitter",
            "indices" : [
              "119",
              "133"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Quinn Mirrmoor MD",
            "screen_name" : "quinnmirrmoormd_fic",
            "indices" : [
              "56",
              "76"
            ],
            "id_str" : "9100000019345",
            "id" : "9100000019345"
          },
          {
            "name" : "Annals of Mirrwold Oncology",
            "screen_name" : "mirrwold_onc_journal_fic",
            "indices" : [
              "81",
              "106"
            ],
            "id_str" : "9100000062744",
            "id" : "9100000062744"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/sPcvpZ9iPF",
            "expanded_url" : "https://example.org/fictional/424226",
            "display_url" : "example.org/fictional/…",
            "indices" : [
              "134",
              "157"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "157"
      ],
      "favorite_count" : "0",
      "id_str" : "9000000000050424226",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "9000000000050424226",
      "possibly_sensitive" : false,
      "created_at" : "Fri Mar 20 22:20:04 +0000 2026",
      "favorited" : false,
      "full_text" : "Reminder: Troponin surveillance during trastuzumab with @quinnmirrmoormd_fic and @mirrwold_onc_journal_fic. #CurbCon26 #cardiotwitter https://t.co/sPcvpZ9iPF",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000040309436"
          ],
          "editableUntil" : "2026-03-20T20:45:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "CurbCon26",
            "indices" : [
              "43",
              "53"
            ]
          },
          {
            "text" : "cardiotwitter",
            "indices" : [
              "54",
              "68"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "68"
      ],
      "favorite_count" : "4",
      "id_str" : "9000000000040309436",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "9000000000040309436",
      "created_at" : "Fri Mar 20 20:15:22 +0000 2026",
      "favorited" : false,
      "full_text" : "Loved this: Cardio-oncology clinic pearls. #CurbCon26 #cardiotwitter",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000001530266"
          ],
          "editableUntil" : "2026-03-20T17:54:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "CurbCon26",
            "indices" : [
              "47",
              "57"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Sorvwold Review of Oncology",
            "screen_name" : "sorvwold_onc_journal_fic",
            "indices" : [
              "3",
              "28"
            ],
            "id_str" : "9100000019952",
            "id" : "9100000019952"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "57"
      ],
      "favorite_count" : "0",
      "id_str" : "9000000000001530266",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "9000000000001530266",
      "created_at" : "Fri Mar 20 17:24:26 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @sorvwold_onc_journal_fic: New issue online #CurbCon26",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000013709025"
          ],
          "editableUntil" : "2026-03-20T17:51:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "CurbCon26",
            "indices" : [
              "40",
              "50"
            ]
          },
          {
            "text" : "cardiotwitter",
            "indices" : [
              "51",
              "65"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/JShxPgL66E",
            "expanded_url" : "https://example.org/fictional/709025",
            "display_url" : "example.org/fictional/…",
            "indices" : [
              "66",
              "89"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "2",
      "id_str" : "9000000000013709025",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "9000000000013709025",
      "possibly_sensitive" : false,
      "created_at" : "Fri Mar 20 17:21:17 +0000 2026",
      "favorited" : false,
      "full_text" : "Day 2 at Cardio-oncology clinic pearls. #CurbCon26 #cardiotwitter https://t.co/JShxPgL66E",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000050582424"
          ],
          "editableUntil" : "2026-03-20T16:49:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "CurbCon26",
            "indices" : [
              "52",
              "62"
            ]
          },
          {
            "text" : "oncology",
            "indices" : [
              "63",
              "72"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "72"
      ],
      "favorite_count" : "7",
      "id_str" : "9000000000050582424",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "9000000000050582424",
      "created_at" : "Fri Mar 20 16:19:19 +0000 2026",
      "favorited" : false,
      "full_text" : "Reminder: Troponin surveillance during trastuzumab. #CurbCon26 #oncology",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000069133987"
          ],
          "editableUntil" : "2026-03-20T16:46:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "cardioonc",
            "indices" : [
              "41",
              "51"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Veda Nimbvale",
            "screen_name" : "veda_nimbvale_advocate_fic",
            "indices" : [
              "0",
              "27"
            ],
            "id_str" : "9100000053519",
            "id" : "9100000053519"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "28",
        "51"
      ],
      "favorite_count" : "11",
      "in_reply_to_status_id_str" : "9000000000069343160",
      "id_str" : "9000000000069133987",
      "in_reply_to_user_id" : "9100000053519",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "9000000000069133987",
      "in_reply_to_status_id" : "9000000000069343160",
      "created_at" : "Fri Mar 20 16:16:22 +0000 2026",
      "favorited" : false,
      "full_text" : "@veda_nimbvale_advocate_fic Great point! #cardioonc",
      "lang" : "en",
      "in_reply_to_screen_name" : "veda_nimbvale_advocate_fic",
      "in_reply_to_user_id_str" : "9100000053519"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000044662558"
          ],
          "editableUntil" : "2026-03-20T16:43:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/bhjPifsmMZ",
            "expanded_url" : "https://twitter.com/umaglimmoormd_fic/status/9000000000045403186",
            "display_url" : "twitter.com/umaglimmoorm…",
            "indices" : [
              "11",
              "34"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "2",
      "id_str" : "9000000000044662558",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "9000000000044662558",
      "possibly_sensitive" : false,
      "created_at" : "Fri Mar 20 16:13:42 +0000 2026",
      "favorited" : false,
      "full_text" : "Must read. https://t.co/bhjPifsmMZ",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000076437325"
          ],
          "editableUntil" : "2026-03-20T16:36:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Elke Folvane",
            "screen_name" : "elke_folvane_md_fic",
            "indices" : [
              "0",
              "20"
            ],
            "id_str" : "9100000001514",
            "id" : "9100000001514"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "21",
        "42"
      ],
      "favorite_count" : "11",
      "in_reply_to_status_id_str" : "9000000000076451706",
      "id_str" : "9000000000076437325",
      "in_reply_to_user_id" : "9100000001514",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "9000000000076437325",
      "in_reply_to_status_id" : "9000000000076451706",
      "created_at" : "Fri Mar 20 16:06:08 +0000 2026",
      "favorited" : false,
      "full_text" : "@elke_folvane_md_fic Congrats on the talk!",
      "lang" : "en",
      "in_reply_to_screen_name" : "elke_folvane_md_fic",
      "in_reply_to_user_id_str" : "9100000001514"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000086571771"
          ],
          "editableUntil" : "2026-03-20T16:24:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Dov Loamhollow, MD",
            "screen_name" : "dr_dov_loamhollow_fic",
            "indices" : [
              "3",
              "25"
            ],
            "id_str" : "9100000025547",
            "id" : "9100000025547"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "61"
      ],
      "favorite_count" : "0",
      "id_str" : "9000000000086571771",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "9000000000086571771",
      "created_at" : "Fri Mar 20 15:54:19 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @dr_dov_loamhollow_fic: New data on heart failure outcomes",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000060999376"
          ],
          "editableUntil" : "2026-03-20T15:40:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "CurbCon26",
            "indices" : [
              "100",
              "110"
            ]
          },
          {
            "text" : "oncology",
            "indices" : [
              "111",
              "120"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Dr. Yara Corvmantle",
            "screen_name" : "yara_corvmantle_md_fic",
            "indices" : [
              "44",
              "67"
            ],
            "id_str" : "9100000044863",
            "id" : "9100000044863"
          },
          {
            "name" : "Gideon Gorsefallow, MD",
            "screen_name" : "gideon_gorsefallow_md_fic",
            "indices" : [
              "72",
              "98"
            ],
            "id_str" : "9100000048360",
            "id" : "9100000048360"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "1",
      "id_str" : "9000000000060999376",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "9000000000060999376",
      "created_at" : "Fri Mar 20 15:10:20 +0000 2026",
      "favorited" : false,
      "full_text" : "Day 1 at Cardio-oncology clinic pearls with @yara_corvmantle_md_fic and @gideon_gorsefallow_md_fic. #CurbCon26 #oncology",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000057369486"
          ],
          "editableUntil" : "2026-03-20T13:03:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Calla Pirrgard",
            "screen_name" : "calla_pirrgard_fic",
            "indices" : [
              "3",
              "22"
            ],
            "id_str" : "9100000037059",
            "id" : "9100000037059"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "53"
      ],
      "favorite_count" : "0",
      "id_str" : "9000000000057369486",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "9000000000057369486",
      "created_at" : "Fri Mar 20 12:33:30 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @calla_pirrgard_fic: Our cohort study is published",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000089837373"
          ],
          "editableUntil" : "2026-03-20T12:01:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "CurbCon26",
            "indices" : [
              "121",
              "131"
            ]
          },
          {
            "text" : "oncology",
            "indices" : [
              "132",
              "141"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Dr. Greta Nettlewyn",
            "screen_name" : "greta_nettlewyn_md_fic",
            "indices" : [
              "65",
              "88"
            ],
            "id_str" : "9100000057340",
            "id" : "9100000057340"
          },
          {
            "name" : "Ivelstead Review of Oncology",
            "screen_name" : "ivelstead_onc_journal_fic",
            "indices" : [
              "93",
              "119"
            ],
            "id_str" : "9100000032671",
            "id" : "9100000032671"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "141"
      ],
      "favorite_count" : "4",
      "id_str" : "9000000000089837373",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "9000000000089837373",
      "created_at" : "Fri Mar 20 11:31:01 +0000 2026",
      "favorited" : false,
      "full_text" : "Reminder: Immune checkpoint myocarditis is rare but serious with @greta_nettlewyn_md_fic and @ivelstead_onc_journal_fic. #CurbCon26 #oncology",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000063644690"
          ],
          "editableUntil" : "2026-03-20T11:41:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "CurbCon26",
            "indices" : [
              "119",
              "129"
            ]
          },
          {
            "text" : "meded",
            "indices" : [
              "130",
              "136"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Orla Nettleridge, MD",
            "screen_name" : "orla_nettleridge_md_fic",
            "indices" : [
              "67",
              "91"
            ],
            "id_str" : "9100000023341",
            "id" : "9100000023341"
          },
          {
            "name" : "Lior Corvmantle, MD",
            "screen_name" : "drliorcorvmantle_fic",
            "indices" : [
              "96",
              "117"
            ],
            "id_str" : "9100000006468",
            "id" : "9100000006468"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "136"
      ],
      "favorite_count" : "0",
      "id_str" : "9000000000063644690",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "9000000000063644690",
      "created_at" : "Fri Mar 20 11:11:48 +0000 2026",
      "favorited" : false,
      "full_text" : "Loved this: Immune checkpoint myocarditis is rare but serious with @orla_nettleridge_md_fic and @drliorcorvmantle_fic. #CurbCon26 #meded",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000008102349"
          ],
          "editableUntil" : "2026-03-20T09:45:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Gideon Pirrridge MD",
            "screen_name" : "dr_gideon_pirrridge_fic",
            "indices" : [
              "3",
              "27"
            ],
            "id_str" : "9100000042754",
            "id" : "9100000042754"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "58"
      ],
      "favorite_count" : "0",
      "id_str" : "9000000000008102349",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "9000000000008102349",
      "created_at" : "Fri Mar 20 09:15:07 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @dr_gideon_pirrridge_fic: Immunotherapy toxicity update",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000006396861"
          ],
          "editableUntil" : "2026-03-20T09:37:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "CurbCon26",
            "indices" : [
              "47",
              "57"
            ]
          },
          {
            "text" : "CardioOnc",
            "indices" : [
              "58",
              "68"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/9gTcCRtebj",
            "expanded_url" : "https://example.org/fictional/396861",
            "display_url" : "example.org/fictional/…",
            "indices" : [
              "69",
              "92"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "24",
      "id_str" : "9000000000006396861",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "9000000000006396861",
      "possibly_sensitive" : false,
      "created_at" : "Fri Mar 20 09:07:47 +0000 2026",
      "favorited" : false,
      "full_text" : "Reminder: Baseline echo before anthracyclines. #CurbCon26 #CardioOnc https://t.co/9gTcCRtebj",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000041756031"
          ],
          "editableUntil" : "2026-03-20T09:21:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "CurbCon26",
            "indices" : [
              "80",
              "90"
            ]
          },
          {
            "text" : "meded",
            "indices" : [
              "91",
              "97"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Glimwyn Journal of Cardiology",
            "screen_name" : "glimwyn_cardio_journal_fic",
            "indices" : [
              "51",
              "78"
            ],
            "id_str" : "9100000052870",
            "id" : "9100000052870"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "5",
      "id_str" : "9000000000041756031",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "9000000000041756031",
      "created_at" : "Fri Mar 20 08:51:30 +0000 2026",
      "favorited" : false,
      "full_text" : "Reminder: Baseline echo before anthracyclines with @glimwyn_cardio_journal_fic. #CurbCon26 #meded",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000067914473"
          ],
          "editableUntil" : "2026-03-20T08:18:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "CurbCon26",
            "indices" : [
              "54",
              "64"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Dr. Isla Yarlwyn",
            "screen_name" : "dr_isla_yarlwyn_fic",
            "indices" : [
              "3",
              "23"
            ],
            "id_str" : "9100000021361",
            "id" : "9100000021361"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "64"
      ],
      "favorite_count" : "0",
      "id_str" : "9000000000067914473",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "9000000000067914473",
      "created_at" : "Fri Mar 20 07:48:38 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @dr_isla_yarlwyn_fic: Lipids, again: LDL is causal #CurbCon26",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000051008613"
          ],
          "editableUntil" : "2026-03-20T07:44:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "CurbCon26",
            "indices" : [
              "47",
              "57"
            ]
          },
          {
            "text" : "meded",
            "indices" : [
              "58",
              "64"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/4EuFrmFpwn",
            "expanded_url" : "https://example.org/fictional/008613",
            "display_url" : "example.org/fictional/…",
            "indices" : [
              "65",
              "88"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "4",
      "id_str" : "9000000000051008613",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "9000000000051008613",
      "possibly_sensitive" : false,
      "created_at" : "Fri Mar 20 07:14:21 +0000 2026",
      "favorited" : false,
      "full_text" : "Reminder: Baseline echo before anthracyclines. #CurbCon26 #meded https://t.co/4EuFrmFpwn",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000075846494"
          ],
          "editableUntil" : "2026-03-20T02:55:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "CurbCon26",
            "indices" : [
              "55",
              "65"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Yara Vornbrook, MD",
            "screen_name" : "dryaravornbrook_fic",
            "indices" : [
              "3",
              "23"
            ],
            "id_str" : "9100000032373",
            "id" : "9100000032373"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "65"
      ],
      "favorite_count" : "0",
      "id_str" : "9000000000075846494",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "9000000000075846494",
      "created_at" : "Fri Mar 20 02:25:32 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @dryaravornbrook_fic: Immunotherapy toxicity update #CurbCon26",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000068482942"
          ],
          "editableUntil" : "2026-03-19T19:40:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "CurbCon26",
            "indices" : [
              "93",
              "103"
            ]
          },
          {
            "text" : "meded",
            "indices" : [
              "104",
              "110"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Teo Cinderquist, PhD",
            "screen_name" : "teo_cinderquist_phd_fic",
            "indices" : [
              "67",
              "91"
            ],
            "id_str" : "9100000027865",
            "id" : "9100000027865"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "6",
      "id_str" : "9000000000068482942",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "9000000000068482942",
      "created_at" : "Thu Mar 19 19:10:13 +0000 2026",
      "favorited" : false,
      "full_text" : "Loved this: Immune checkpoint myocarditis is rare but serious with @teo_cinderquist_phd_fic. #CurbCon26 #meded",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000027804129"
          ],
          "editableUntil" : "2026-03-19T18:14:49.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "CurbCon26",
            "indices" : [
              "52",
              "62"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Marrowwick Review of Cardio-Oncology",
            "screen_name" : "marrowwick_cardioonc_journal_fic",
            "indices" : [
              "3",
              "36"
            ],
            "id_str" : "9100000056441",
            "id" : "9100000056441"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "62"
      ],
      "favorite_count" : "0",
      "id_str" : "9000000000027804129",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "9000000000027804129",
      "created_at" : "Thu Mar 19 17:44:49 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @marrowwick_cardioonc_journal_fic: Editor's pick #CurbCon26",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000030633387"
          ],
          "editableUntil" : "2026-03-19T16:54:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Xavi Dravquist",
            "screen_name" : "xavi_dravquist_fic",
            "indices" : [
              "3",
              "22"
            ],
            "id_str" : "9100000009160",
            "id" : "9100000009160"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "0",
      "id_str" : "9000000000030633387",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "9000000000030633387",
      "created_at" : "Thu Mar 19 16:24:26 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @xavi_dravquist_fic: Open data for everyone",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000029217057"
          ],
          "editableUntil" : "2026-03-19T16:28:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "CurbCon26",
            "indices" : [
              "98",
              "108"
            ]
          },
          {
            "text" : "cardiotwitter",
            "indices" : [
              "109",
              "123"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Orla Umbervale, PharmD",
            "screen_name" : "orla_umbervale_fic",
            "indices" : [
              "46",
              "65"
            ],
            "id_str" : "9100000038946",
            "id" : "9100000038946"
          },
          {
            "name" : "Tambcombe Association for Oncology",
            "screen_name" : "tambcombe_onc_society_fic",
            "indices" : [
              "70",
              "96"
            ],
            "id_str" : "9100000066780",
            "id" : "9100000066780"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "123"
      ],
      "favorite_count" : "0",
      "id_str" : "9000000000029217057",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "9000000000029217057",
      "created_at" : "Thu Mar 19 15:58:12 +0000 2026",
      "favorited" : false,
      "full_text" : "Troponin surveillance during trastuzumab with @orla_umbervale_fic and @tambcombe_onc_society_fic. #CurbCon26 #cardiotwitter",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000058692515"
          ],
          "editableUntil" : "2026-03-19T16:02:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Gideon Gorsefallow, MD",
            "screen_name" : "gideon_gorsefallow_md_fic",
            "indices" : [
              "0",
              "26"
            ],
            "id_str" : "9100000048360",
            "id" : "9100000048360"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "27",
        "51"
      ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "9000000000059151209",
      "id_str" : "9000000000058692515",
      "in_reply_to_user_id" : "9100000048360",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "9000000000058692515",
      "in_reply_to_status_id" : "9000000000059151209",
      "created_at" : "Thu Mar 19 15:32:20 +0000 2026",
      "favorited" : false,
      "full_text" : "@gideon_gorsefallow_md_fic Thanks for sharing this.",
      "lang" : "en",
      "in_reply_to_screen_name" : "gideon_gorsefallow_md_fic",
      "in_reply_to_user_id_str" : "9100000048360"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000034321995"
          ],
          "editableUntil" : "2026-03-19T16:00:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "cardioonc",
            "indices" : [
              "59",
              "69"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Glimwyn Journal of Cardiology",
            "screen_name" : "glimwyn_cardio_journal_fic",
            "indices" : [
              "0",
              "27"
            ],
            "id_str" : "9100000052870",
            "id" : "9100000052870"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "28",
        "69"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "9000000000034784072",
      "id_str" : "9000000000034321995",
      "in_reply_to_user_id" : "9100000052870",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "9000000000034321995",
      "in_reply_to_status_id" : "9000000000034784072",
      "created_at" : "Thu Mar 19 15:30:55 +0000 2026",
      "favorited" : false,
      "full_text" : "@glimwyn_cardio_journal_fic We see the same in our clinic. #cardioonc",
      "lang" : "en",
      "in_reply_to_screen_name" : "glimwyn_cardio_journal_fic",
      "in_reply_to_user_id_str" : "9100000052870"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000049554465"
          ],
          "editableUntil" : "2026-03-19T15:37:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "CurbCon26",
            "indices" : [
              "47",
              "57"
            ]
          },
          {
            "text" : "meded",
            "indices" : [
              "58",
              "64"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "64"
      ],
      "favorite_count" : "1",
      "id_str" : "9000000000049554465",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "9000000000049554465",
      "created_at" : "Thu Mar 19 15:07:10 +0000 2026",
      "favorited" : false,
      "full_text" : "Reminder: Baseline echo before anthracyclines. #CurbCon26 #meded",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000014206629"
          ],
          "editableUntil" : "2026-03-19T13:50:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Pax Loammere",
            "screen_name" : "paxloammeremd_fic",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "9100000018297",
            "id" : "9100000018297"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "19",
        "49"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "9000000000014425454",
      "id_str" : "9000000000014206629",
      "in_reply_to_user_id" : "9100000018297",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "9000000000014206629",
      "in_reply_to_status_id" : "9000000000014425454",
      "created_at" : "Thu Mar 19 13:20:48 +0000 2026",
      "favorited" : false,
      "full_text" : "@paxloammeremd_fic We see the same in our clinic.",
      "lang" : "en",
      "in_reply_to_screen_name" : "paxloammeremd_fic",
      "in_reply_to_user_id_str" : "9100000018297"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000009004960"
          ],
          "editableUntil" : "2026-03-19T12:28:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "CurbCon26",
            "indices" : [
              "82",
              "92"
            ]
          },
          {
            "text" : "meded",
            "indices" : [
              "93",
              "99"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Vornmoor Health Daily",
            "screen_name" : "vornmoor_health_news_fic",
            "indices" : [
              "55",
              "80"
            ],
            "id_str" : "9100000038381",
            "id" : "9100000038381"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/xeJhrX3cWr",
            "expanded_url" : "https://example.org/fictional/004960",
            "display_url" : "example.org/fictional/…",
            "indices" : [
              "100",
              "123"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "123"
      ],
      "favorite_count" : "3",
      "id_str" : "9000000000009004960",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "9000000000009004960",
      "possibly_sensitive" : false,
      "created_at" : "Thu Mar 19 11:58:47 +0000 2026",
      "favorited" : false,
      "full_text" : "Day 1 at Troponin surveillance during trastuzumab with @vornmoor_health_news_fic. #CurbCon26 #meded https://t.co/xeJhrX3cWr",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000036650402"
          ],
          "editableUntil" : "2026-03-19T11:53:54.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "CurbCon26",
            "indices" : [
              "51",
              "61"
            ]
          },
          {
            "text" : "cardiotwitter",
            "indices" : [
              "62",
              "76"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/ZZFvCixi29",
            "expanded_url" : "https://example.org/fictional/650402",
            "display_url" : "example.org/fictional/…",
            "indices" : [
              "77",
              "100"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "3",
      "id_str" : "9000000000036650402",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "9000000000036650402",
      "possibly_sensitive" : false,
      "created_at" : "Thu Mar 19 11:23:54 +0000 2026",
      "favorited" : false,
      "full_text" : "Immune checkpoint myocarditis is rare but serious. #CurbCon26 #cardiotwitter https://t.co/ZZFvCixi29",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000087377034"
          ],
          "editableUntil" : "2026-03-19T10:56:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Marrowwick Review of Cardio-Oncology",
            "screen_name" : "marrowwick_cardioonc_journal_fic",
            "indices" : [
              "0",
              "33"
            ],
            "id_str" : "9100000056441",
            "id" : "9100000056441"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "34",
        "55"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "9000000000087883437",
      "id_str" : "9000000000087377034",
      "in_reply_to_user_id" : "9100000056441",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "9000000000087377034",
      "in_reply_to_status_id" : "9000000000087883437",
      "created_at" : "Thu Mar 19 10:26:28 +0000 2026",
      "favorited" : false,
      "full_text" : "@marrowwick_cardioonc_journal_fic Congrats on the talk!",
      "lang" : "en",
      "in_reply_to_screen_name" : "marrowwick_cardioonc_journal_fic",
      "in_reply_to_user_id_str" : "9100000056441"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000028538018"
          ],
          "editableUntil" : "2026-03-19T10:10:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "CurbCon26",
            "indices" : [
              "41",
              "51"
            ]
          },
          {
            "text" : "CardioOnc",
            "indices" : [
              "52",
              "62"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "62"
      ],
      "favorite_count" : "5",
      "id_str" : "9000000000028538018",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "9000000000028538018",
      "created_at" : "Thu Mar 19 09:40:13 +0000 2026",
      "favorited" : false,
      "full_text" : "Reminder: Cardio-oncology clinic pearls. #CurbCon26 #CardioOnc",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000021005484"
          ],
          "editableUntil" : "2026-03-19T09:29:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "CurbCon26",
            "indices" : [
              "54",
              "64"
            ]
          },
          {
            "text" : "meded",
            "indices" : [
              "65",
              "71"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/Gx9tENXssF",
            "expanded_url" : "https://example.org/fictional/005484",
            "display_url" : "example.org/fictional/…",
            "indices" : [
              "72",
              "95"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "2",
      "id_str" : "9000000000021005484",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "9000000000021005484",
      "possibly_sensitive" : false,
      "created_at" : "Thu Mar 19 08:59:05 +0000 2026",
      "favorited" : false,
      "full_text" : "Loved this: Troponin surveillance during trastuzumab. #CurbCon26 #meded https://t.co/Gx9tENXssF",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000074364411"
          ],
          "editableUntil" : "2026-03-19T09:04:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/oZ9TkMjhLg",
            "expanded_url" : "https://twitter.com/yara_ruskhollow_phd_fic/status/9000000000074487869",
            "display_url" : "twitter.com/yara_ruskhol…",
            "indices" : [
              "28",
              "51"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "51"
      ],
      "favorite_count" : "6",
      "id_str" : "9000000000074364411",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "9000000000074364411",
      "possibly_sensitive" : false,
      "created_at" : "Thu Mar 19 08:34:32 +0000 2026",
      "favorited" : false,
      "full_text" : "Important for our patients. https://t.co/oZ9TkMjhLg",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000052745954"
          ],
          "editableUntil" : "2026-03-19T08:34:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Kaia Yselvale",
            "screen_name" : "drkaiayselvale_fic",
            "indices" : [
              "0",
              "19"
            ],
            "id_str" : "9100000065372",
            "id" : "9100000065372"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "20",
        "50"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "9000000000053514521",
      "id_str" : "9000000000052745954",
      "in_reply_to_user_id" : "9100000065372",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "9000000000052745954",
      "in_reply_to_status_id" : "9000000000053514521",
      "created_at" : "Thu Mar 19 08:04:03 +0000 2026",
      "favorited" : false,
      "full_text" : "@drkaiayselvale_fic We see the same in our clinic.",
      "lang" : "en",
      "in_reply_to_screen_name" : "drkaiayselvale_fic",
      "in_reply_to_user_id_str" : "9100000065372"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000031734916"
          ],
          "editableUntil" : "2026-03-19T06:25:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Gideon Pirrridge MD",
            "screen_name" : "dr_gideon_pirrridge_fic",
            "indices" : [
              "3",
              "27"
            ],
            "id_str" : "9100000042754",
            "id" : "9100000042754"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "67"
      ],
      "favorite_count" : "0",
      "id_str" : "9000000000031734916",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "9000000000031734916",
      "created_at" : "Thu Mar 19 05:55:31 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @dr_gideon_pirrridge_fic: Practice-changing trial in lung cancer",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000060664949"
          ],
          "editableUntil" : "2026-03-18T22:17:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "CurbCon26",
            "indices" : [
              "61",
              "71"
            ]
          },
          {
            "text" : "meded",
            "indices" : [
              "72",
              "78"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/tzNyAwZeak",
            "expanded_url" : "https://example.org/fictional/664949",
            "display_url" : "example.org/fictional/…",
            "indices" : [
              "79",
              "102"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "102"
      ],
      "favorite_count" : "0",
      "id_str" : "9000000000060664949",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "9000000000060664949",
      "possibly_sensitive" : false,
      "created_at" : "Wed Mar 18 21:47:18 +0000 2026",
      "favorited" : false,
      "full_text" : "Reminder: Immune checkpoint myocarditis is rare but serious. #CurbCon26 #meded https://t.co/tzNyAwZeak",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000075050786"
          ],
          "editableUntil" : "2026-03-18T21:32:49.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "CurbCon26",
            "indices" : [
              "51",
              "61"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Vornmoor Health Daily",
            "screen_name" : "vornmoor_health_news_fic",
            "indices" : [
              "3",
              "28"
            ],
            "id_str" : "9100000038381",
            "id" : "9100000038381"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "61"
      ],
      "favorite_count" : "0",
      "id_str" : "9000000000075050786",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "9000000000075050786",
      "created_at" : "Wed Mar 18 21:02:49 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @vornmoor_health_news_fic: Breaking health news #CurbCon26",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000057970324"
          ],
          "editableUntil" : "2026-03-18T20:29:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "CurbCon26",
            "indices" : [
              "52",
              "62"
            ]
          },
          {
            "text" : "meded",
            "indices" : [
              "63",
              "69"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "69"
      ],
      "favorite_count" : "2",
      "id_str" : "9000000000057970324",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "9000000000057970324",
      "created_at" : "Wed Mar 18 19:59:07 +0000 2026",
      "favorited" : false,
      "full_text" : "Reminder: Troponin surveillance during trastuzumab. #CurbCon26 #meded",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000046467155"
          ],
          "editableUntil" : "2026-03-18T19:33:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "CurbCon26",
            "indices" : [
              "51",
              "61"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Zellwick Review of Cardio-Oncology",
            "screen_name" : "zellwick_cardioonc_journal_fic",
            "indices" : [
              "3",
              "34"
            ],
            "id_str" : "9100000046102",
            "id" : "9100000046102"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "61"
      ],
      "favorite_count" : "0",
      "id_str" : "9000000000046467155",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "9000000000046467155",
      "created_at" : "Wed Mar 18 19:03:37 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @zellwick_cardioonc_journal_fic: Just published #CurbCon26",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000042607873"
          ],
          "editableUntil" : "2026-03-18T12:22:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "CurbCon26",
            "indices" : [
              "49",
              "59"
            ]
          },
          {
            "text" : "meded",
            "indices" : [
              "60",
              "66"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "66"
      ],
      "favorite_count" : "5",
      "id_str" : "9000000000042607873",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "9000000000042607873",
      "created_at" : "Wed Mar 18 11:52:38 +0000 2026",
      "favorited" : false,
      "full_text" : "Loved this: Baseline echo before anthracyclines. #CurbCon26 #meded",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000021635723"
          ],
          "editableUntil" : "2026-03-18T11:46:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "CurbCon26",
            "indices" : [
              "51",
              "61"
            ]
          },
          {
            "text" : "meded",
            "indices" : [
              "62",
              "68"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/hnTaAdEB6Z",
            "expanded_url" : "https://example.org/fictional/635723",
            "display_url" : "example.org/fictional/…",
            "indices" : [
              "69",
              "92"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "4",
      "id_str" : "9000000000021635723",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "9000000000021635723",
      "possibly_sensitive" : false,
      "created_at" : "Wed Mar 18 11:16:28 +0000 2026",
      "favorited" : false,
      "full_text" : "Immune checkpoint myocarditis is rare but serious. #CurbCon26 #meded https://t.co/hnTaAdEB6Z",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000043173477"
          ],
          "editableUntil" : "2026-03-18T11:18:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Felix Trillridge MD",
            "screen_name" : "drfelixtrillridge_fic",
            "indices" : [
              "0",
              "22"
            ],
            "id_str" : "9100000035419",
            "id" : "9100000035419"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "23",
        "35"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "9000000000043879753",
      "id_str" : "9000000000043173477",
      "in_reply_to_user_id" : "9100000035419",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "9000000000043173477",
      "in_reply_to_status_id" : "9000000000043879753",
      "created_at" : "Wed Mar 18 10:48:28 +0000 2026",
      "favorited" : false,
      "full_text" : "@drfelixtrillridge_fic Great point!",
      "lang" : "en",
      "in_reply_to_screen_name" : "drfelixtrillridge_fic",
      "in_reply_to_user_id_str" : "9100000035419"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000074872897"
          ],
          "editableUntil" : "2026-03-18T10:40:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "CurbCon26",
            "indices" : [
              "51",
              "61"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Trillwold Association for Cardiology",
            "screen_name" : "trillwold_cardio_society_fic",
            "indices" : [
              "3",
              "32"
            ],
            "id_str" : "9100000006328",
            "id" : "9100000006328"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "61"
      ],
      "favorite_count" : "0",
      "id_str" : "9000000000074872897",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "9000000000074872897",
      "created_at" : "Wed Mar 18 10:10:50 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @trillwold_cardio_society_fic: Join our webinar #CurbCon26",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000071591954"
          ],
          "editableUntil" : "2026-03-18T10:17:43.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/tXjdMYEtQr",
            "expanded_url" : "https://twitter.com/gideon_gorsefallow_md_fic/status/9000000000071793913",
            "display_url" : "twitter.com/gideon_gorse…",
            "indices" : [
              "6",
              "29"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "3",
      "id_str" : "9000000000071591954",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "9000000000071591954",
      "possibly_sensitive" : false,
      "created_at" : "Wed Mar 18 09:47:43 +0000 2026",
      "favorited" : false,
      "full_text" : "This! https://t.co/tXjdMYEtQr",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000086252072"
          ],
          "editableUntil" : "2026-03-18T10:16:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "CurbCon26",
            "indices" : [
              "47",
              "57"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Bex Nettlewold",
            "screen_name" : "dr_bex_nettlewold_fic",
            "indices" : [
              "3",
              "25"
            ],
            "id_str" : "9100000018822",
            "id" : "9100000018822"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "57"
      ],
      "favorite_count" : "0",
      "id_str" : "9000000000086252072",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "9000000000086252072",
      "created_at" : "Wed Mar 18 09:46:39 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @dr_bex_nettlewold_fic: Tumour board pearls #CurbCon26",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000001036953"
          ],
          "editableUntil" : "2026-03-18T08:35:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Quillvane Association for Oncology",
            "screen_name" : "quillvane_onc_society_fic",
            "indices" : [
              "0",
              "26"
            ],
            "id_str" : "9100000035525",
            "id" : "9100000035525"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "27",
        "58"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "9000000000001346847",
      "id_str" : "9000000000001036953",
      "in_reply_to_user_id" : "9100000035525",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "9000000000001036953",
      "in_reply_to_status_id" : "9000000000001346847",
      "created_at" : "Wed Mar 18 08:05:13 +0000 2026",
      "favorited" : false,
      "full_text" : "@quillvane_onc_society_fic Agree, and baseline echo helps.",
      "lang" : "en",
      "in_reply_to_screen_name" : "quillvane_onc_society_fic",
      "in_reply_to_user_id_str" : "9100000035525"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000078741217"
          ],
          "editableUntil" : "2026-03-18T08:34:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "CurbCon26",
            "indices" : [
              "47",
              "57"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Sorvwold Review of Oncology",
            "screen_name" : "sorvwold_onc_journal_fic",
            "indices" : [
              "3",
              "28"
            ],
            "id_str" : "9100000019952",
            "id" : "9100000019952"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "57"
      ],
      "favorite_count" : "0",
      "id_str" : "9000000000078741217",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "9000000000078741217",
      "created_at" : "Wed Mar 18 08:04:22 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @sorvwold_onc_journal_fic: New issue online #CurbCon26",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000002707115"
          ],
          "editableUntil" : "2026-03-18T07:51:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Felix Ivelvane MD",
            "screen_name" : "felix_ivelvane_md_fic",
            "indices" : [
              "0",
              "22"
            ],
            "id_str" : "9100000051149",
            "id" : "9100000051149"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "23",
        "44"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "9000000000003401885",
      "id_str" : "9000000000002707115",
      "in_reply_to_user_id" : "9100000051149",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "9000000000002707115",
      "in_reply_to_status_id" : "9000000000003401885",
      "created_at" : "Wed Mar 18 07:21:58 +0000 2026",
      "favorited" : false,
      "full_text" : "@felix_ivelvane_md_fic Congrats on the talk!",
      "lang" : "en",
      "in_reply_to_screen_name" : "felix_ivelvane_md_fic",
      "in_reply_to_user_id_str" : "9100000051149"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000078037970"
          ],
          "editableUntil" : "2026-03-18T07:40:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "CurbCon26",
            "indices" : [
              "51",
              "61"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Greta Wexbrook RN BSN",
            "screen_name" : "gretawexbrookrn_fic",
            "indices" : [
              "3",
              "23"
            ],
            "id_str" : "9100000016302",
            "id" : "9100000016302"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "61"
      ],
      "favorite_count" : "0",
      "id_str" : "9000000000078037970",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "9000000000078037970",
      "created_at" : "Wed Mar 18 07:10:57 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @gretawexbrookrn_fic: Safe staffing saves lives #CurbCon26",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000045427982"
          ],
          "editableUntil" : "2026-03-18T05:26:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/zhsr8Jov3x",
            "expanded_url" : "https://twitter.com/dr_leif_gorsebrook_fic/status/9000000000046302001",
            "display_url" : "twitter.com/dr_leif_gors…",
            "indices" : [
              "6",
              "29"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "3",
      "id_str" : "9000000000045427982",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "9000000000045427982",
      "possibly_sensitive" : false,
      "created_at" : "Wed Mar 18 04:56:58 +0000 2026",
      "favorited" : false,
      "full_text" : "This! https://t.co/zhsr8Jov3x",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000006208267"
          ],
          "editableUntil" : "2026-03-17T21:16:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "CurbCon26",
            "indices" : [
              "37",
              "47"
            ]
          },
          {
            "text" : "oncology",
            "indices" : [
              "48",
              "57"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "57"
      ],
      "favorite_count" : "13",
      "id_str" : "9000000000006208267",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "9000000000006208267",
      "created_at" : "Tue Mar 17 20:46:07 +0000 2026",
      "favorited" : false,
      "full_text" : "Baseline echo before anthracyclines. #CurbCon26 #oncology",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000054280497"
          ],
          "editableUntil" : "2026-03-17T20:27:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "CurbCon26",
            "indices" : [
              "89",
              "99"
            ]
          },
          {
            "text" : "CardioOnc",
            "indices" : [
              "100",
              "110"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Marrowbrook Journal of Cardiology",
            "screen_name" : "marrowbrook_cardio_journal_fic",
            "indices" : [
              "56",
              "87"
            ],
            "id_str" : "9100000038709",
            "id" : "9100000038709"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "1",
      "id_str" : "9000000000054280497",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "9000000000054280497",
      "created_at" : "Tue Mar 17 19:57:12 +0000 2026",
      "favorited" : false,
      "full_text" : "Reminder: Troponin surveillance during trastuzumab with @marrowbrook_cardio_journal_fic. #CurbCon26 #CardioOnc",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000015183262"
          ],
          "editableUntil" : "2026-03-17T19:10:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Zev Glimholt MD",
            "screen_name" : "dr_zev_glimholt_fic",
            "indices" : [
              "0",
              "20"
            ],
            "id_str" : "9100000062633",
            "id" : "9100000062633"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "21",
        "55"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "9000000000015204742",
      "id_str" : "9000000000015183262",
      "in_reply_to_user_id" : "9100000062633",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "9000000000015183262",
      "in_reply_to_status_id" : "9000000000015204742",
      "created_at" : "Tue Mar 17 18:40:01 +0000 2026",
      "favorited" : false,
      "full_text" : "@dr_zev_glimholt_fic Would love to collaborate on this.",
      "lang" : "en",
      "in_reply_to_screen_name" : "dr_zev_glimholt_fic",
      "in_reply_to_user_id_str" : "9100000062633"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000073847480"
          ],
          "editableUntil" : "2026-03-17T15:03:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "CurbCon26",
            "indices" : [
              "60",
              "70"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Gideon Gorsefallow, MD",
            "screen_name" : "gideon_gorsefallow_md_fic",
            "indices" : [
              "3",
              "29"
            ],
            "id_str" : "9100000048360",
            "id" : "9100000048360"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "0",
      "id_str" : "9000000000073847480",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "9000000000073847480",
      "created_at" : "Tue Mar 17 14:33:26 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @gideon_gorsefallow_md_fic: Lipids, again: LDL is causal #CurbCon26",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000068978313"
          ],
          "editableUntil" : "2026-03-17T14:53:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "CurbCon26",
            "indices" : [
              "91",
              "101"
            ]
          },
          {
            "text" : "oncology",
            "indices" : [
              "102",
              "111"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Sorvwold Review of Oncology",
            "screen_name" : "sorvwold_onc_journal_fic",
            "indices" : [
              "64",
              "89"
            ],
            "id_str" : "9100000019952",
            "id" : "9100000019952"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "111"
      ],
      "favorite_count" : "3",
      "id_str" : "9000000000068978313",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "9000000000068978313",
      "created_at" : "Tue Mar 17 14:23:23 +0000 2026",
      "favorited" : false,
      "full_text" : "Day 5 at Immune checkpoint myocarditis is rare but serious with @sorvwold_onc_journal_fic. #CurbCon26 #oncology",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000041065026"
          ],
          "editableUntil" : "2026-03-17T14:08:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "CurbCon26",
            "indices" : [
              "61",
              "71"
            ]
          },
          {
            "text" : "CardioOnc",
            "indices" : [
              "72",
              "82"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Gideon Pirrridge MD",
            "screen_name" : "dr_gideon_pirrridge_fic",
            "indices" : [
              "35",
              "59"
            ],
            "id_str" : "9100000042754",
            "id" : "9100000042754"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "6",
      "id_str" : "9000000000041065026",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "9000000000041065026",
      "created_at" : "Tue Mar 17 13:38:22 +0000 2026",
      "favorited" : false,
      "full_text" : "Cardio-oncology clinic pearls with @dr_gideon_pirrridge_fic. #CurbCon26 #CardioOnc",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000049997553"
          ],
          "editableUntil" : "2026-03-17T13:14:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Yara Vornbrook, MD",
            "screen_name" : "dryaravornbrook_fic",
            "indices" : [
              "3",
              "23"
            ],
            "id_str" : "9100000032373",
            "id" : "9100000032373"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "54"
      ],
      "favorite_count" : "0",
      "id_str" : "9000000000049997553",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "9000000000049997553",
      "created_at" : "Tue Mar 17 12:44:17 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @dryaravornbrook_fic: Immunotherapy toxicity update",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000073447596"
          ],
          "editableUntil" : "2026-03-17T12:31:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Amara Pellridge MD",
            "screen_name" : "dr_amara_pellridge_fic",
            "indices" : [
              "3",
              "26"
            ],
            "id_str" : "9100000034132",
            "id" : "9100000034132"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "77"
      ],
      "favorite_count" : "0",
      "id_str" : "9000000000073447596",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "9000000000073447596",
      "created_at" : "Tue Mar 17 12:01:30 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @dr_amara_pellridge_fic: Immune checkpoint myocarditis is rare but serious",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000015976958"
          ],
          "editableUntil" : "2026-03-17T11:37:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Ivelstead Review of Oncology",
            "screen_name" : "ivelstead_onc_journal_fic",
            "indices" : [
              "0",
              "26"
            ],
            "id_str" : "9100000032671",
            "id" : "9100000032671"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "27",
        "58"
      ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "9000000000016687070",
      "id_str" : "9000000000015976958",
      "in_reply_to_user_id" : "9100000032671",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "9000000000015976958",
      "in_reply_to_status_id" : "9000000000016687070",
      "created_at" : "Tue Mar 17 11:07:28 +0000 2026",
      "favorited" : false,
      "full_text" : "@ivelstead_onc_journal_fic Agree, and baseline echo helps.",
      "lang" : "en",
      "in_reply_to_screen_name" : "ivelstead_onc_journal_fic",
      "in_reply_to_user_id_str" : "9100000032671"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000019919007"
          ],
          "editableUntil" : "2026-03-17T11:18:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Tambcombe Association for Oncology",
            "screen_name" : "tambcombe_onc_society_fic",
            "indices" : [
              "0",
              "26"
            ],
            "id_str" : "9100000066780",
            "id" : "9100000066780"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "27",
        "51"
      ],
      "favorite_count" : "7",
      "in_reply_to_status_id_str" : "9000000000020658975",
      "id_str" : "9000000000019919007",
      "in_reply_to_user_id" : "9100000066780",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "9000000000019919007",
      "in_reply_to_status_id" : "9000000000020658975",
      "created_at" : "Tue Mar 17 10:48:26 +0000 2026",
      "favorited" : false,
      "full_text" : "@tambcombe_onc_society_fic Thanks for sharing this.",
      "lang" : "en",
      "in_reply_to_screen_name" : "tambcombe_onc_society_fic",
      "in_reply_to_user_id_str" : "9100000066780"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000018895602"
          ],
          "editableUntil" : "2026-03-17T10:48:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "CurbCon26",
            "indices" : [
              "85",
              "95"
            ]
          },
          {
            "text" : "cardiotwitter",
            "indices" : [
              "96",
              "110"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Dr. Umi Nimbwold",
            "screen_name" : "druminimbwold_fic",
            "indices" : [
              "65",
              "83"
            ],
            "id_str" : "9100000035494",
            "id" : "9100000035494"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "6",
      "id_str" : "9000000000018895602",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "9000000000018895602",
      "created_at" : "Tue Mar 17 10:18:56 +0000 2026",
      "favorited" : false,
      "full_text" : "Reminder: Immune checkpoint myocarditis is rare but serious with @druminimbwold_fic. #CurbCon26 #cardiotwitter",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000082427276"
          ],
          "editableUntil" : "2026-03-17T09:18:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "CurbCon26",
            "indices" : [
              "43",
              "53"
            ]
          },
          {
            "text" : "cardioonc",
            "indices" : [
              "54",
              "64"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "64"
      ],
      "favorite_count" : "113",
      "id_str" : "9000000000082427276",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "9000000000082427276",
      "created_at" : "Tue Mar 17 08:48:38 +0000 2026",
      "favorited" : false,
      "full_text" : "Loved this: Cardio-oncology clinic pearls. #CurbCon26 #cardioonc",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000012216864"
          ],
          "editableUntil" : "2026-03-17T08:55:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/NHRGr93wQL",
            "expanded_url" : "https://twitter.com/felix_yarlgard_fic/status/9000000000012555458",
            "display_url" : "twitter.com/felix_yarlga…",
            "indices" : [
              "28",
              "51"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "51"
      ],
      "favorite_count" : "4",
      "id_str" : "9000000000012216864",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "9000000000012216864",
      "possibly_sensitive" : false,
      "created_at" : "Tue Mar 17 08:25:52 +0000 2026",
      "favorited" : false,
      "full_text" : "Cardio-oncology angle here: https://t.co/NHRGr93wQL",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000090679104"
          ],
          "editableUntil" : "2026-03-17T08:44:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "CurbCon26",
            "indices" : [
              "101",
              "111"
            ]
          },
          {
            "text" : "cardioonc",
            "indices" : [
              "112",
              "122"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Dov Loamhollow, MD",
            "screen_name" : "dr_dov_loamhollow_fic",
            "indices" : [
              "51",
              "73"
            ],
            "id_str" : "9100000025547",
            "id" : "9100000025547"
          },
          {
            "name" : "Dr. Bram Corvfallow",
            "screen_name" : "drbramcorvfallow_fic",
            "indices" : [
              "78",
              "99"
            ],
            "id_str" : "9100000010713",
            "id" : "9100000010713"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "122"
      ],
      "favorite_count" : "4",
      "id_str" : "9000000000090679104",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "9000000000090679104",
      "created_at" : "Tue Mar 17 08:14:01 +0000 2026",
      "favorited" : false,
      "full_text" : "Reminder: Baseline echo before anthracyclines with @dr_dov_loamhollow_fic and @drbramcorvfallow_fic. #CurbCon26 #cardioonc",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000010696993"
          ],
          "editableUntil" : "2026-03-17T08:14:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "CurbCon26",
            "indices" : [
              "51",
              "61"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Vornmoor Health Daily",
            "screen_name" : "vornmoor_health_news_fic",
            "indices" : [
              "3",
              "28"
            ],
            "id_str" : "9100000038381",
            "id" : "9100000038381"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "61"
      ],
      "favorite_count" : "0",
      "id_str" : "9000000000010696993",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "9000000000010696993",
      "created_at" : "Tue Mar 17 07:44:19 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @vornmoor_health_news_fic: Breaking health news #CurbCon26",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000085434595"
          ],
          "editableUntil" : "2026-03-17T03:24:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "CurbCon26",
            "indices" : [
              "42",
              "52"
            ]
          },
          {
            "text" : "CardioOnc",
            "indices" : [
              "53",
              "63"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "63"
      ],
      "favorite_count" : "1",
      "id_str" : "9000000000085434595",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "9000000000085434595",
      "created_at" : "Tue Mar 17 02:54:20 +0000 2026",
      "favorited" : false,
      "full_text" : "Troponin surveillance during trastuzumab. #CurbCon26 #CardioOnc",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000090797056"
          ],
          "editableUntil" : "2026-03-16T19:58:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "CurbCon26",
            "indices" : [
              "75",
              "85"
            ]
          },
          {
            "text" : "CardioOnc",
            "indices" : [
              "86",
              "96"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Cato Nettlewick",
            "screen_name" : "cato_nettlewick_fic",
            "indices" : [
              "53",
              "73"
            ],
            "id_str" : "9100000050992",
            "id" : "9100000050992"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/6gZQcUpbPm",
            "expanded_url" : "https://example.org/fictional/797056",
            "display_url" : "example.org/fictional/…",
            "indices" : [
              "97",
              "120"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "0",
      "id_str" : "9000000000090797056",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "9000000000090797056",
      "possibly_sensitive" : false,
      "created_at" : "Mon Mar 16 19:28:27 +0000 2026",
      "favorited" : false,
      "full_text" : "Loved this: Baseline echo before anthracyclines with @cato_nettlewick_fic. #CurbCon26 #CardioOnc https://t.co/6gZQcUpbPm",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000031232084"
          ],
          "editableUntil" : "2026-03-16T18:15:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "CurbCon26",
            "indices" : [
              "56",
              "66"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Dr. Elke Prillmoor",
            "screen_name" : "elkeprillmoormd_fic",
            "indices" : [
              "3",
              "23"
            ],
            "id_str" : "9100000008776",
            "id" : "9100000008776"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "66"
      ],
      "favorite_count" : "0",
      "id_str" : "9000000000031232084",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "9000000000031232084",
      "created_at" : "Mon Mar 16 17:45:35 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @elkeprillmoormd_fic: Great session on AFib ablation #CurbCon26",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000081159763"
          ],
          "editableUntil" : "2026-03-16T18:02:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Dr. Odile Nettlecombe",
            "screen_name" : "drodilenettlecombe_fic",
            "indices" : [
              "0",
              "23"
            ],
            "id_str" : "9100000028744",
            "id" : "9100000028744"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "24",
        "48"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "9000000000081755423",
      "id_str" : "9000000000081159763",
      "in_reply_to_user_id" : "9100000028744",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "9000000000081159763",
      "in_reply_to_status_id" : "9000000000081755423",
      "created_at" : "Mon Mar 16 17:32:57 +0000 2026",
      "favorited" : false,
      "full_text" : "@drodilenettlecombe_fic Thanks for sharing this.",
      "lang" : "en",
      "in_reply_to_screen_name" : "drodilenettlecombe_fic",
      "in_reply_to_user_id_str" : "9100000028744"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000065194401"
          ],
          "editableUntil" : "2026-03-16T17:16:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Dr. Esme Vorncombe",
            "screen_name" : "dr_esme_vorncombe_fic",
            "indices" : [
              "3",
              "25"
            ],
            "id_str" : "9100000008794",
            "id" : "9100000008794"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "0",
      "id_str" : "9000000000065194401",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "9000000000065194401",
      "created_at" : "Mon Mar 16 16:46:47 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @dr_esme_vorncombe_fic: Tumour board pearls",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000070694747"
          ],
          "editableUntil" : "2026-03-16T17:03:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "CurbCon26",
            "indices" : [
              "114",
              "124"
            ]
          },
          {
            "text" : "CardioOnc",
            "indices" : [
              "125",
              "135"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Dr. Anouk Pirrvane",
            "screen_name" : "anouk_pirrvane_md_fic",
            "indices" : [
              "55",
              "77"
            ],
            "id_str" : "9100000065136",
            "id" : "9100000065136"
          },
          {
            "name" : "Corvwyn Association for Cardio-Oncology",
            "screen_name" : "corvwyn_cardioonc_society_fic",
            "indices" : [
              "82",
              "112"
            ],
            "id_str" : "9100000004226",
            "id" : "9100000004226"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/FofYN8wCFm",
            "expanded_url" : "https://example.org/fictional/694747",
            "display_url" : "example.org/fictional/…",
            "indices" : [
              "136",
              "159"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "159"
      ],
      "favorite_count" : "3",
      "id_str" : "9000000000070694747",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "9000000000070694747",
      "possibly_sensitive" : false,
      "created_at" : "Mon Mar 16 16:33:28 +0000 2026",
      "favorited" : false,
      "full_text" : "Immune checkpoint myocarditis is rare but serious with @anouk_pirrvane_md_fic and @corvwyn_cardioonc_society_fic. #CurbCon26 #CardioOnc https://t.co/FofYN8wCFm",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000048464165"
          ],
          "editableUntil" : "2026-03-16T15:02:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "CurbCon26",
            "indices" : [
              "52",
              "62"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Marrowwick Review of Cardio-Oncology",
            "screen_name" : "marrowwick_cardioonc_journal_fic",
            "indices" : [
              "3",
              "36"
            ],
            "id_str" : "9100000056441",
            "id" : "9100000056441"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "62"
      ],
      "favorite_count" : "0",
      "id_str" : "9000000000048464165",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "9000000000048464165",
      "created_at" : "Mon Mar 16 14:32:57 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @marrowwick_cardioonc_journal_fic: Editor's pick #CurbCon26",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000024430655"
          ],
          "editableUntil" : "2026-03-16T14:54:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "CurbCon26",
            "indices" : [
              "69",
              "79"
            ]
          },
          {
            "text" : "meded",
            "indices" : [
              "80",
              "86"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Dr. Teo Mirrcroft",
            "screen_name" : "teo_mirrcroft_md_fic",
            "indices" : [
              "46",
              "67"
            ],
            "id_str" : "9100000048177",
            "id" : "9100000048177"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "4",
      "id_str" : "9000000000024430655",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "9000000000024430655",
      "created_at" : "Mon Mar 16 14:24:09 +0000 2026",
      "favorited" : false,
      "full_text" : "Troponin surveillance during trastuzumab with @teo_mirrcroft_md_fic. #CurbCon26 #meded",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000047562943"
          ],
          "editableUntil" : "2026-03-16T10:59:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "CurbCon26",
            "indices" : [
              "86",
              "96"
            ]
          },
          {
            "text" : "cardioonc",
            "indices" : [
              "97",
              "107"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Trillwold Association for Cardiology",
            "screen_name" : "trillwold_cardio_society_fic",
            "indices" : [
              "55",
              "84"
            ],
            "id_str" : "9100000006328",
            "id" : "9100000006328"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "13",
      "id_str" : "9000000000047562943",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "9000000000047562943",
      "created_at" : "Mon Mar 16 10:29:36 +0000 2026",
      "favorited" : false,
      "full_text" : "Immune checkpoint myocarditis is rare but serious with @trillwold_cardio_society_fic. #CurbCon26 #cardioonc",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000083250710"
          ],
          "editableUntil" : "2026-03-16T09:40:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Pax Loammere",
            "screen_name" : "paxloammeremd_fic",
            "indices" : [
              "0",
              "18"
            ],
            "id_str" : "9100000018297",
            "id" : "9100000018297"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "19",
        "53"
      ],
      "favorite_count" : "6",
      "in_reply_to_status_id_str" : "9000000000083944551",
      "id_str" : "9000000000083250710",
      "in_reply_to_user_id" : "9100000018297",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "9000000000083250710",
      "in_reply_to_status_id" : "9000000000083944551",
      "created_at" : "Mon Mar 16 09:10:37 +0000 2026",
      "favorited" : false,
      "full_text" : "@paxloammeremd_fic Would love to collaborate on this.",
      "lang" : "en",
      "in_reply_to_screen_name" : "paxloammeremd_fic",
      "in_reply_to_user_id_str" : "9100000018297"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000008504615"
          ],
          "editableUntil" : "2026-03-16T08:30:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "CurbCon26",
            "indices" : [
              "80",
              "90"
            ]
          },
          {
            "text" : "cardiotwitter",
            "indices" : [
              "91",
              "105"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Annals of Mirrwold Oncology",
            "screen_name" : "mirrwold_onc_journal_fic",
            "indices" : [
              "53",
              "78"
            ],
            "id_str" : "9100000062744",
            "id" : "9100000062744"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/gWEnQkNQyX",
            "expanded_url" : "https://example.org/fictional/504615",
            "display_url" : "example.org/fictional/…",
            "indices" : [
              "106",
              "129"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "129"
      ],
      "favorite_count" : "15",
      "id_str" : "9000000000008504615",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "9000000000008504615",
      "possibly_sensitive" : false,
      "created_at" : "Mon Mar 16 08:00:19 +0000 2026",
      "favorited" : false,
      "full_text" : "Loved this: Baseline echo before anthracyclines with @mirrwold_onc_journal_fic. #CurbCon26 #cardiotwitter https://t.co/gWEnQkNQyX",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000017078514"
          ],
          "editableUntil" : "2026-03-16T07:03:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "CurbCon26",
            "indices" : [
              "55",
              "65"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Dr. Esme Vorncombe",
            "screen_name" : "dr_esme_vorncombe_fic",
            "indices" : [
              "0",
              "22"
            ],
            "id_str" : "9100000008794",
            "id" : "9100000008794"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "23",
        "65"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "9000000000017434903",
      "id_str" : "9000000000017078514",
      "in_reply_to_user_id" : "9100000008794",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "9000000000017078514",
      "in_reply_to_status_id" : "9000000000017434903",
      "created_at" : "Mon Mar 16 06:33:17 +0000 2026",
      "favorited" : false,
      "full_text" : "@dr_esme_vorncombe_fic Agree, and baseline echo helps. #CurbCon26",
      "lang" : "en",
      "in_reply_to_screen_name" : "dr_esme_vorncombe_fic",
      "in_reply_to_user_id_str" : "9100000008794"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000079654684"
          ],
          "editableUntil" : "2026-03-15T16:51:49.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "cardioonc",
            "indices" : [
              "64",
              "74"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Marrowbrook Journal of Cardiology",
            "screen_name" : "marrowbrook_cardio_journal_fic",
            "indices" : [
              "0",
              "31"
            ],
            "id_str" : "9100000038709",
            "id" : "9100000038709"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "32",
        "74"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "9000000000080329530",
      "id_str" : "9000000000079654684",
      "in_reply_to_user_id" : "9100000038709",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "9000000000079654684",
      "in_reply_to_status_id" : "9000000000080329530",
      "created_at" : "Sun Mar 15 16:21:49 +0000 2026",
      "favorited" : false,
      "full_text" : "@marrowbrook_cardio_journal_fic Agree, and baseline echo helps. #cardioonc",
      "lang" : "en",
      "in_reply_to_screen_name" : "marrowbrook_cardio_journal_fic",
      "in_reply_to_user_id_str" : "9100000038709"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000061809753"
          ],
          "editableUntil" : "2026-03-15T16:32:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Zellwick Review of Cardio-Oncology",
            "screen_name" : "zellwick_cardioonc_journal_fic",
            "indices" : [
              "0",
              "31"
            ],
            "id_str" : "9100000046102",
            "id" : "9100000046102"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "32",
        "62"
      ],
      "favorite_count" : "7",
      "in_reply_to_status_id_str" : "9000000000062617217",
      "id_str" : "9000000000061809753",
      "in_reply_to_user_id" : "9100000046102",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "9000000000061809753",
      "in_reply_to_status_id" : "9000000000062617217",
      "created_at" : "Sun Mar 15 16:02:47 +0000 2026",
      "favorited" : false,
      "full_text" : "@zellwick_cardioonc_journal_fic We see the same in our clinic.",
      "lang" : "en",
      "in_reply_to_screen_name" : "zellwick_cardioonc_journal_fic",
      "in_reply_to_user_id_str" : "9100000046102"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000036755756"
          ],
          "editableUntil" : "2026-03-15T16:15:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "CurbCon26",
            "indices" : [
              "67",
              "77"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Dr. Amara Tambquist",
            "screen_name" : "amara_tambquist_md_fic",
            "indices" : [
              "3",
              "26"
            ],
            "id_str" : "9100000053720",
            "id" : "9100000053720"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "77"
      ],
      "favorite_count" : "0",
      "id_str" : "9000000000036755756",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "9000000000036755756",
      "created_at" : "Sun Mar 15 15:45:09 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @amara_tambquist_md_fic: Practice-changing trial in lung cancer #CurbCon26",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000078370356"
          ],
          "editableUntil" : "2026-03-15T15:45:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "CurbCon26",
            "indices" : [
              "60",
              "70"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Teo Quillquist, MD",
            "screen_name" : "teoquillquistmd_fic",
            "indices" : [
              "3",
              "23"
            ],
            "id_str" : "9100000003895",
            "id" : "9100000003895"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "0",
      "id_str" : "9000000000078370356",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "9000000000078370356",
      "created_at" : "Sun Mar 15 15:15:24 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @teoquillquistmd_fic: New data on heart failure outcomes #CurbCon26",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000037262180"
          ],
          "editableUntil" : "2026-03-15T13:59:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "CurbCon26",
            "indices" : [
              "63",
              "73"
            ]
          },
          {
            "text" : "cardioonc",
            "indices" : [
              "74",
              "84"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Yara Vornbrook, MD",
            "screen_name" : "dryaravornbrook_fic",
            "indices" : [
              "41",
              "61"
            ],
            "id_str" : "9100000032373",
            "id" : "9100000032373"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "10",
      "id_str" : "9000000000037262180",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "9000000000037262180",
      "created_at" : "Sun Mar 15 13:29:04 +0000 2026",
      "favorited" : false,
      "full_text" : "Baseline echo before anthracyclines with @dryaravornbrook_fic. #CurbCon26 #cardioonc",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000029817311"
          ],
          "editableUntil" : "2026-03-15T09:27:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Teo Corvwold",
            "screen_name" : "dr_teo_corvwold_fic",
            "indices" : [
              "0",
              "20"
            ],
            "id_str" : "9100000058934",
            "id" : "9100000058934"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "21",
        "45"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "9000000000030552643",
      "id_str" : "9000000000029817311",
      "in_reply_to_user_id" : "9100000058934",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "9000000000029817311",
      "in_reply_to_status_id" : "9000000000030552643",
      "created_at" : "Sun Mar 15 08:57:24 +0000 2026",
      "favorited" : false,
      "full_text" : "@dr_teo_corvwold_fic Thanks for sharing this.",
      "lang" : "en",
      "in_reply_to_screen_name" : "dr_teo_corvwold_fic",
      "in_reply_to_user_id_str" : "9100000058934"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000013927966"
          ],
          "editableUntil" : "2026-03-15T09:24:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Sorvwold Review of Oncology",
            "screen_name" : "sorvwold_onc_journal_fic",
            "indices" : [
              "0",
              "25"
            ],
            "id_str" : "9100000019952",
            "id" : "9100000019952"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "26",
        "60"
      ],
      "favorite_count" : "72",
      "in_reply_to_status_id_str" : "9000000000014086255",
      "id_str" : "9000000000013927966",
      "in_reply_to_user_id" : "9100000019952",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "9000000000013927966",
      "in_reply_to_status_id" : "9000000000014086255",
      "created_at" : "Sun Mar 15 08:54:30 +0000 2026",
      "favorited" : false,
      "full_text" : "@sorvwold_onc_journal_fic Would love to collaborate on this.",
      "lang" : "en",
      "in_reply_to_screen_name" : "sorvwold_onc_journal_fic",
      "in_reply_to_user_id_str" : "9100000019952"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000036304162"
          ],
          "editableUntil" : "2026-03-15T08:52:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/PvdSKG7S5F",
            "expanded_url" : "https://twitter.com/idris_gorsehollow_md_fic/status/9000000000036466139",
            "display_url" : "twitter.com/idris_gorseh…",
            "indices" : [
              "28",
              "51"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "51"
      ],
      "favorite_count" : "8",
      "id_str" : "9000000000036304162",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "9000000000036304162",
      "possibly_sensitive" : false,
      "created_at" : "Sun Mar 15 08:22:06 +0000 2026",
      "favorited" : false,
      "full_text" : "Important for our patients. https://t.co/PvdSKG7S5F",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000088174454"
          ],
          "editableUntil" : "2026-03-15T07:18:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "CurbCon26",
            "indices" : [
              "63",
              "73"
            ]
          },
          {
            "text" : "meded",
            "indices" : [
              "74",
              "80"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/ozJW9rmy2d",
            "expanded_url" : "https://example.org/fictional/174454",
            "display_url" : "example.org/fictional/…",
            "indices" : [
              "81",
              "104"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "6",
      "id_str" : "9000000000088174454",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "9000000000088174454",
      "possibly_sensitive" : false,
      "created_at" : "Sun Mar 15 06:48:44 +0000 2026",
      "favorited" : false,
      "full_text" : "Loved this: Immune checkpoint myocarditis is rare but serious. #CurbCon26 #meded https://t.co/ozJW9rmy2d",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000061102406"
          ],
          "editableUntil" : "2026-03-15T06:40:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/WgCBST8x5u",
            "expanded_url" : "https://twitter.com/nurseliorpellthorne_fic/status/9000000000061303057",
            "display_url" : "twitter.com/nurseliorpel…",
            "indices" : [
              "6",
              "29"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "1",
      "id_str" : "9000000000061102406",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "9000000000061102406",
      "possibly_sensitive" : false,
      "created_at" : "Sun Mar 15 06:10:15 +0000 2026",
      "favorited" : false,
      "full_text" : "This! https://t.co/WgCBST8x5u",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000079429138"
          ],
          "editableUntil" : "2026-03-14T23:34:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "CurbCon26",
            "indices" : [
              "105",
              "115"
            ]
          },
          {
            "text" : "oncology",
            "indices" : [
              "116",
              "125"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Vellvane Review of Cardiology",
            "screen_name" : "vellvane_cardio_journal_fic",
            "indices" : [
              "50",
              "78"
            ],
            "id_str" : "9100000013248",
            "id" : "9100000013248"
          },
          {
            "name" : "Rhea Ivelhollow, PharmD",
            "screen_name" : "rhea_ivelhollow_fic",
            "indices" : [
              "83",
              "103"
            ],
            "id_str" : "9100000041051",
            "id" : "9100000041051"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/kQGeRgKdCJ",
            "expanded_url" : "https://example.org/fictional/429138",
            "display_url" : "example.org/fictional/…",
            "indices" : [
              "126",
              "149"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "149"
      ],
      "favorite_count" : "4",
      "id_str" : "9000000000079429138",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "9000000000079429138",
      "possibly_sensitive" : false,
      "created_at" : "Sat Mar 14 23:04:41 +0000 2026",
      "favorited" : false,
      "full_text" : "Day 4 at Baseline echo before anthracyclines with @vellvane_cardio_journal_fic and @rhea_ivelhollow_fic. #CurbCon26 #oncology https://t.co/kQGeRgKdCJ",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000070081636"
          ],
          "editableUntil" : "2026-03-14T23:08:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "CurbCon26",
            "indices" : [
              "46",
              "56"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Uma Pirrmoor",
            "screen_name" : "uma_pirrmoor_rn_fic",
            "indices" : [
              "0",
              "20"
            ],
            "id_str" : "9100000037586",
            "id" : "9100000037586"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "21",
        "56"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "9000000000070520836",
      "id_str" : "9000000000070081636",
      "in_reply_to_user_id" : "9100000037586",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "9000000000070081636",
      "in_reply_to_status_id" : "9000000000070520836",
      "created_at" : "Sat Mar 14 22:38:02 +0000 2026",
      "favorited" : false,
      "full_text" : "@uma_pirrmoor_rn_fic Thanks for sharing this. #CurbCon26",
      "lang" : "en",
      "in_reply_to_screen_name" : "uma_pirrmoor_rn_fic",
      "in_reply_to_user_id_str" : "9100000037586"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000021916932"
          ],
          "editableUntil" : "2026-03-14T21:04:59.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "CurbCon26",
            "indices" : [
              "88",
              "98"
            ]
          },
          {
            "text" : "cardiotwitter",
            "indices" : [
              "99",
              "113"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Amara Prillhollow, MD",
            "screen_name" : "dr_amara_prillhollow_fic",
            "indices" : [
              "35",
              "60"
            ],
            "id_str" : "9100000033922",
            "id" : "9100000033922"
          },
          {
            "name" : "Dr. Bram Corvfallow",
            "screen_name" : "drbramcorvfallow_fic",
            "indices" : [
              "65",
              "86"
            ],
            "id_str" : "9100000010713",
            "id" : "9100000010713"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "5",
      "id_str" : "9000000000021916932",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "9000000000021916932",
      "created_at" : "Sat Mar 14 20:34:59 +0000 2026",
      "favorited" : false,
      "full_text" : "Cardio-oncology clinic pearls with @dr_amara_prillhollow_fic and @drbramcorvfallow_fic. #CurbCon26 #cardiotwitter",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000003570544"
          ],
          "editableUntil" : "2026-03-14T18:35:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Orla Marrowquist MD",
            "screen_name" : "dr_orla_marrowquist_fic",
            "indices" : [
              "3",
              "27"
            ],
            "id_str" : "9100000025307",
            "id" : "9100000025307"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "63"
      ],
      "favorite_count" : "0",
      "id_str" : "9000000000003570544",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "9000000000003570544",
      "created_at" : "Sat Mar 14 18:05:07 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @dr_orla_marrowquist_fic: New data on heart failure outcomes",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000013006136"
          ],
          "editableUntil" : "2026-03-14T18:19:43.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Vornmoor Health Daily",
            "screen_name" : "vornmoor_health_news_fic",
            "indices" : [
              "0",
              "25"
            ],
            "id_str" : "9100000038381",
            "id" : "9100000038381"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "26",
        "57"
      ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "9000000000013091860",
      "id_str" : "9000000000013006136",
      "in_reply_to_user_id" : "9100000038381",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "9000000000013006136",
      "in_reply_to_status_id" : "9000000000013091860",
      "created_at" : "Sat Mar 14 17:49:43 +0000 2026",
      "favorited" : false,
      "full_text" : "@vornmoor_health_news_fic Agree, and baseline echo helps.",
      "lang" : "en",
      "in_reply_to_screen_name" : "vornmoor_health_news_fic",
      "in_reply_to_user_id_str" : "9100000038381"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000056727213"
          ],
          "editableUntil" : "2026-03-14T17:35:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Farid Tovecombe",
            "screen_name" : "farid_tovecombe_phd_fic",
            "indices" : [
              "0",
              "24"
            ],
            "id_str" : "9100000058714",
            "id" : "9100000058714"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "25",
        "59"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "9000000000056814454",
      "id_str" : "9000000000056727213",
      "in_reply_to_user_id" : "9100000058714",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "9000000000056727213",
      "in_reply_to_status_id" : "9000000000056814454",
      "created_at" : "Sat Mar 14 17:05:21 +0000 2026",
      "favorited" : false,
      "full_text" : "@farid_tovecombe_phd_fic Would love to collaborate on this.",
      "lang" : "en",
      "in_reply_to_screen_name" : "farid_tovecombe_phd_fic",
      "in_reply_to_user_id_str" : "9100000058714"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000022732126"
          ],
          "editableUntil" : "2026-03-14T16:47:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "CurbCon26",
            "indices" : [
              "115",
              "125"
            ]
          },
          {
            "text" : "CardioOnc",
            "indices" : [
              "126",
              "136"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Wren Wythfallow",
            "screen_name" : "wrenwythfallowmd_fic",
            "indices" : [
              "56",
              "77"
            ],
            "id_str" : "9100000043067",
            "id" : "9100000043067"
          },
          {
            "name" : "Zellwick Review of Cardio-Oncology",
            "screen_name" : "zellwick_cardioonc_journal_fic",
            "indices" : [
              "82",
              "113"
            ],
            "id_str" : "9100000046102",
            "id" : "9100000046102"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/E44CQr5hq5",
            "expanded_url" : "https://example.org/fictional/732126",
            "display_url" : "example.org/fictional/…",
            "indices" : [
              "137",
              "160"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "160"
      ],
      "favorite_count" : "7",
      "id_str" : "9000000000022732126",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "9000000000022732126",
      "possibly_sensitive" : false,
      "created_at" : "Sat Mar 14 16:17:05 +0000 2026",
      "favorited" : false,
      "full_text" : "Reminder: Troponin surveillance during trastuzumab with @wrenwythfallowmd_fic and @zellwick_cardioonc_journal_fic. #CurbCon26 #CardioOnc https://t.co/E44CQr5hq5",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000019651018"
          ],
          "editableUntil" : "2026-03-14T16:29:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "CurbCon26",
            "indices" : [
              "37",
              "47"
            ]
          },
          {
            "text" : "oncology",
            "indices" : [
              "48",
              "57"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "57"
      ],
      "favorite_count" : "3",
      "id_str" : "9000000000019651018",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "9000000000019651018",
      "created_at" : "Sat Mar 14 15:59:57 +0000 2026",
      "favorited" : false,
      "full_text" : "Baseline echo before anthracyclines. #CurbCon26 #oncology",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000048780019"
          ],
          "editableUntil" : "2026-03-14T15:51:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "CurbCon26",
            "indices" : [
              "60",
              "70"
            ]
          },
          {
            "text" : "oncology",
            "indices" : [
              "71",
              "80"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "3",
      "id_str" : "9000000000048780019",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "9000000000048780019",
      "created_at" : "Sat Mar 14 15:21:31 +0000 2026",
      "favorited" : false,
      "full_text" : "Day 1 at Immune checkpoint myocarditis is rare but serious. #CurbCon26 #oncology",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000088755703"
          ],
          "editableUntil" : "2026-03-14T15:36:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Annals of Mirrwold Oncology",
            "screen_name" : "mirrwold_onc_journal_fic",
            "indices" : [
              "3",
              "28"
            ],
            "id_str" : "9100000062744",
            "id" : "9100000062744"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "43"
      ],
      "favorite_count" : "0",
      "id_str" : "9000000000088755703",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "9000000000088755703",
      "created_at" : "Sat Mar 14 15:06:14 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @mirrwold_onc_journal_fic: Editor's pick",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000038713045"
          ],
          "editableUntil" : "2026-03-14T12:25:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Nico Pirrfallow",
            "screen_name" : "dr_nico_pirrfallow_fic",
            "indices" : [
              "0",
              "23"
            ],
            "id_str" : "9100000009510",
            "id" : "9100000009510"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "24",
        "45"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "9000000000039471341",
      "id_str" : "9000000000038713045",
      "in_reply_to_user_id" : "9100000009510",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "9000000000038713045",
      "in_reply_to_status_id" : "9000000000039471341",
      "created_at" : "Sat Mar 14 11:55:14 +0000 2026",
      "favorited" : false,
      "full_text" : "@dr_nico_pirrfallow_fic Congrats on the talk!",
      "lang" : "en",
      "in_reply_to_screen_name" : "dr_nico_pirrfallow_fic",
      "in_reply_to_user_id_str" : "9100000009510"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000065722778"
          ],
          "editableUntil" : "2026-03-14T11:56:49.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "CurbCon26",
            "indices" : [
              "91",
              "101"
            ]
          },
          {
            "text" : "cardiotwitter",
            "indices" : [
              "102",
              "116"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Marrowwick Review of Cardio-Oncology",
            "screen_name" : "marrowwick_cardioonc_journal_fic",
            "indices" : [
              "56",
              "89"
            ],
            "id_str" : "9100000056441",
            "id" : "9100000056441"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "7",
      "id_str" : "9000000000065722778",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "9000000000065722778",
      "created_at" : "Sat Mar 14 11:26:49 +0000 2026",
      "favorited" : false,
      "full_text" : "Reminder: Troponin surveillance during trastuzumab with @marrowwick_cardioonc_journal_fic. #CurbCon26 #cardiotwitter",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000091011153"
          ],
          "editableUntil" : "2026-03-14T08:55:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "CurbCon26",
            "indices" : [
              "91",
              "101"
            ]
          },
          {
            "text" : "oncology",
            "indices" : [
              "102",
              "111"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Annals of Mirrwold Oncology",
            "screen_name" : "mirrwold_onc_journal_fic",
            "indices" : [
              "64",
              "89"
            ],
            "id_str" : "9100000062744",
            "id" : "9100000062744"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/TePNeCBQPB",
            "expanded_url" : "https://example.org/fictional/011153",
            "display_url" : "example.org/fictional/…",
            "indices" : [
              "112",
              "135"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "135"
      ],
      "favorite_count" : "6",
      "id_str" : "9000000000091011153",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "9000000000091011153",
      "possibly_sensitive" : false,
      "created_at" : "Sat Mar 14 08:25:42 +0000 2026",
      "favorited" : false,
      "full_text" : "Day 5 at Immune checkpoint myocarditis is rare but serious with @mirrwold_onc_journal_fic. #CurbCon26 #oncology https://t.co/TePNeCBQPB",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000083950500"
          ],
          "editableUntil" : "2026-03-14T08:32:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Zellwick Review of Cardio-Oncology",
            "screen_name" : "zellwick_cardioonc_journal_fic",
            "indices" : [
              "3",
              "34"
            ],
            "id_str" : "9100000046102",
            "id" : "9100000046102"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "49"
      ],
      "favorite_count" : "0",
      "id_str" : "9000000000083950500",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "9000000000083950500",
      "created_at" : "Sat Mar 14 08:02:01 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @zellwick_cardioonc_journal_fic: Editor's pick",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000055410052"
          ],
          "editableUntil" : "2026-03-14T01:07:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/zaVmC47Q3R",
            "expanded_url" : "https://twitter.com/amaraossmantlemd_fic/status/9000000000056062524",
            "display_url" : "twitter.com/amaraossmant…",
            "indices" : [
              "28",
              "51"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "51"
      ],
      "favorite_count" : "2",
      "id_str" : "9000000000055410052",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "9000000000055410052",
      "possibly_sensitive" : false,
      "created_at" : "Sat Mar 14 00:37:24 +0000 2026",
      "favorited" : false,
      "full_text" : "Cardio-oncology angle here: https://t.co/zaVmC47Q3R",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000060536242"
          ],
          "editableUntil" : "2026-03-13T17:54:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Felix Trillridge MD",
            "screen_name" : "drfelixtrillridge_fic",
            "indices" : [
              "0",
              "22"
            ],
            "id_str" : "9100000035419",
            "id" : "9100000035419"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "23",
        "35"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "9000000000060590132",
      "id_str" : "9000000000060536242",
      "in_reply_to_user_id" : "9100000035419",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "9000000000060536242",
      "in_reply_to_status_id" : "9000000000060590132",
      "created_at" : "Fri Mar 13 17:24:07 +0000 2026",
      "favorited" : false,
      "full_text" : "@drfelixtrillridge_fic Great point!",
      "lang" : "en",
      "in_reply_to_screen_name" : "drfelixtrillridge_fic",
      "in_reply_to_user_id_str" : "9100000035419"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000004084516"
          ],
          "editableUntil" : "2026-03-12T09:11:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "cardioonc",
            "indices" : [
              "56",
              "66"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Dr. Cleo Prillmere",
            "screen_name" : "drcleoprillmere_fic",
            "indices" : [
              "0",
              "20"
            ],
            "id_str" : "9100000059873",
            "id" : "9100000059873"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "21",
        "66"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "9000000000004664135",
      "id_str" : "9000000000004084516",
      "in_reply_to_user_id" : "9100000059873",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "9000000000004084516",
      "in_reply_to_status_id" : "9000000000004664135",
      "created_at" : "Thu Mar 12 08:41:45 +0000 2026",
      "favorited" : false,
      "full_text" : "@drcleoprillmere_fic Would love to collaborate on this. #cardioonc",
      "lang" : "en",
      "in_reply_to_screen_name" : "drcleoprillmere_fic",
      "in_reply_to_user_id_str" : "9100000059873"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000059477345"
          ],
          "editableUntil" : "2026-03-11T14:36:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Hiro Quillwyn MD",
            "screen_name" : "hiroquillwynmd_fic",
            "indices" : [
              "0",
              "19"
            ],
            "id_str" : "9100000059300",
            "id" : "9100000059300"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "20",
        "32"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "9000000000059670075",
      "id_str" : "9000000000059477345",
      "in_reply_to_user_id" : "9100000059300",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "9000000000059477345",
      "in_reply_to_status_id" : "9000000000059670075",
      "created_at" : "Wed Mar 11 14:06:56 +0000 2026",
      "favorited" : false,
      "full_text" : "@hiroquillwynmd_fic Great point!",
      "lang" : "en",
      "in_reply_to_screen_name" : "hiroquillwynmd_fic",
      "in_reply_to_user_id_str" : "9100000059300"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000048659122"
          ],
          "editableUntil" : "2026-03-11T13:00:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "cardioonc",
            "indices" : [
              "41",
              "51"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "51"
      ],
      "favorite_count" : "3",
      "id_str" : "9000000000048659122",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "9000000000048659122",
      "created_at" : "Wed Mar 11 12:30:12 +0000 2026",
      "favorited" : false,
      "full_text" : "Reminder: Cardio-oncology clinic pearls. #cardioonc",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000039514634"
          ],
          "editableUntil" : "2026-03-10T11:15:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/PyUyh7myZb",
            "expanded_url" : "https://twitter.com/dr_nico_quenbrook_fic/status/9000000000040281719",
            "display_url" : "twitter.com/dr_nico_quen…",
            "indices" : [
              "11",
              "34"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "2",
      "id_str" : "9000000000039514634",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "9000000000039514634",
      "possibly_sensitive" : false,
      "created_at" : "Tue Mar 10 10:45:56 +0000 2026",
      "favorited" : false,
      "full_text" : "Must read. https://t.co/PyUyh7myZb",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000017804665"
          ],
          "editableUntil" : "2026-03-10T05:27:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "CurbCon26",
            "indices" : [
              "48",
              "58"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Yara Corvstead, MD",
            "screen_name" : "dr_yara_corvstead_fic",
            "indices" : [
              "0",
              "22"
            ],
            "id_str" : "9100000014252",
            "id" : "9100000014252"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "23",
        "58"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "9000000000018407466",
      "id_str" : "9000000000017804665",
      "in_reply_to_user_id" : "9100000014252",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "9000000000017804665",
      "in_reply_to_status_id" : "9000000000018407466",
      "created_at" : "Tue Mar 10 04:57:07 +0000 2026",
      "favorited" : false,
      "full_text" : "@dr_yara_corvstead_fic Thanks for sharing this. #CurbCon26",
      "lang" : "en",
      "in_reply_to_screen_name" : "dr_yara_corvstead_fic",
      "in_reply_to_user_id_str" : "9100000014252"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000006912336"
          ],
          "editableUntil" : "2026-03-09T19:50:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/UYPiJaEzXd",
            "expanded_url" : "https://twitter.com/orlapirrbrooklab_fic/status/9000000000007428187",
            "display_url" : "twitter.com/orlapirrbroo…",
            "indices" : [
              "28",
              "51"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "51"
      ],
      "favorite_count" : "3",
      "id_str" : "9000000000006912336",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "9000000000006912336",
      "possibly_sensitive" : false,
      "created_at" : "Mon Mar 09 19:20:38 +0000 2026",
      "favorited" : false,
      "full_text" : "Cardio-oncology angle here: https://t.co/UYPiJaEzXd",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000051669150"
          ],
          "editableUntil" : "2026-03-09T15:25:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Farid Umberwold",
            "screen_name" : "farid_umberwold_md_fic",
            "indices" : [
              "0",
              "23"
            ],
            "id_str" : "9100000024250",
            "id" : "9100000024250"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "24",
        "48"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "9000000000051982713",
      "id_str" : "9000000000051669150",
      "in_reply_to_user_id" : "9100000024250",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "9000000000051669150",
      "in_reply_to_status_id" : "9000000000051982713",
      "created_at" : "Mon Mar 09 14:55:29 +0000 2026",
      "favorited" : false,
      "full_text" : "@farid_umberwold_md_fic Thanks for sharing this.",
      "lang" : "en",
      "in_reply_to_screen_name" : "farid_umberwold_md_fic",
      "in_reply_to_user_id_str" : "9100000024250"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000084298801"
          ],
          "editableUntil" : "2026-03-07T07:40:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Veda Nimbvale",
            "screen_name" : "veda_nimbvale_advocate_fic",
            "indices" : [
              "0",
              "27"
            ],
            "id_str" : "9100000053519",
            "id" : "9100000053519"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "28",
        "58"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "9000000000084948768",
      "id_str" : "9000000000084298801",
      "in_reply_to_user_id" : "9100000053519",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "9000000000084298801",
      "in_reply_to_status_id" : "9000000000084948768",
      "created_at" : "Sat Mar 07 07:10:14 +0000 2026",
      "favorited" : false,
      "full_text" : "@veda_nimbvale_advocate_fic We see the same in our clinic.",
      "lang" : "en",
      "in_reply_to_screen_name" : "veda_nimbvale_advocate_fic",
      "in_reply_to_user_id_str" : "9100000053519"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000024939331"
          ],
          "editableUntil" : "2026-03-06T23:16:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "meded",
            "indices" : [
              "37",
              "43"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "43"
      ],
      "favorite_count" : "7",
      "id_str" : "9000000000024939331",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "9000000000024939331",
      "created_at" : "Fri Mar 06 22:46:48 +0000 2026",
      "favorited" : false,
      "full_text" : "Baseline echo before anthracyclines. #meded",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000047748451"
          ],
          "editableUntil" : "2026-03-06T20:26:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/2iLpdzzt8c",
            "expanded_url" : "https://twitter.com/teoquillquistmd_fic/status/9000000000048258492",
            "display_url" : "twitter.com/teoquillquis…",
            "indices" : [
              "6",
              "29"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "5",
      "id_str" : "9000000000047748451",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "9000000000047748451",
      "possibly_sensitive" : false,
      "created_at" : "Fri Mar 06 19:56:57 +0000 2026",
      "favorited" : false,
      "full_text" : "This! https://t.co/2iLpdzzt8c",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000063966495"
          ],
          "editableUntil" : "2026-03-06T15:27:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/4avJkchaPo",
            "expanded_url" : "https://twitter.com/hiroquillwynmd_fic/status/9000000000064607140",
            "display_url" : "twitter.com/hiroquillwyn…",
            "indices" : [
              "28",
              "51"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "51"
      ],
      "favorite_count" : "7",
      "id_str" : "9000000000063966495",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "9000000000063966495",
      "possibly_sensitive" : false,
      "created_at" : "Fri Mar 06 14:57:22 +0000 2026",
      "favorited" : false,
      "full_text" : "Important for our patients. https://t.co/4avJkchaPo",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000009832467"
          ],
          "editableUntil" : "2026-03-06T14:08:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Hiro Quillwyn MD",
            "screen_name" : "hiroquillwynmd_fic",
            "indices" : [
              "0",
              "19"
            ],
            "id_str" : "9100000059300",
            "id" : "9100000059300"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "20",
        "44"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "9000000000009884033",
      "id_str" : "9000000000009832467",
      "in_reply_to_user_id" : "9100000059300",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "9000000000009832467",
      "in_reply_to_status_id" : "9000000000009884033",
      "created_at" : "Fri Mar 06 13:38:15 +0000 2026",
      "favorited" : false,
      "full_text" : "@hiroquillwynmd_fic Thanks for sharing this.",
      "lang" : "en",
      "in_reply_to_screen_name" : "hiroquillwynmd_fic",
      "in_reply_to_user_id_str" : "9100000059300"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000026445992"
          ],
          "editableUntil" : "2026-03-06T11:04:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "CurbCon26",
            "indices" : [
              "59",
              "69"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Braskgard College of Medicine",
            "screen_name" : "braskgard_med_society_fic",
            "indices" : [
              "0",
              "26"
            ],
            "id_str" : "9100000068411",
            "id" : "9100000068411"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "27",
        "69"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "9000000000026563912",
      "id_str" : "9000000000026445992",
      "in_reply_to_user_id" : "9100000068411",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "9000000000026445992",
      "in_reply_to_status_id" : "9000000000026563912",
      "created_at" : "Fri Mar 06 10:34:02 +0000 2026",
      "favorited" : false,
      "full_text" : "@braskgard_med_society_fic Agree, and baseline echo helps. #CurbCon26",
      "lang" : "en",
      "in_reply_to_screen_name" : "braskgard_med_society_fic",
      "in_reply_to_user_id_str" : "9100000068411"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000014674019"
          ],
          "editableUntil" : "2026-03-05T11:34:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "oncology",
            "indices" : [
              "66",
              "75"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Hiro Quillwyn MD",
            "screen_name" : "hiroquillwynmd_fic",
            "indices" : [
              "45",
              "64"
            ],
            "id_str" : "9100000059300",
            "id" : "9100000059300"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "75"
      ],
      "favorite_count" : "4",
      "id_str" : "9000000000014674019",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "9000000000014674019",
      "created_at" : "Thu Mar 05 11:04:09 +0000 2026",
      "favorited" : false,
      "full_text" : "Reminder: Cardio-oncology clinic pearls with @hiroquillwynmd_fic. #oncology",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000049769853"
          ],
          "editableUntil" : "2026-03-05T07:15:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "cardioonc",
            "indices" : [
              "31",
              "41"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "41"
      ],
      "favorite_count" : "3",
      "id_str" : "9000000000049769853",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "9000000000049769853",
      "created_at" : "Thu Mar 05 06:45:09 +0000 2026",
      "favorited" : false,
      "full_text" : "Cardio-oncology clinic pearls. #cardioonc",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000054194229"
          ],
          "editableUntil" : "2026-03-04T15:00:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "CardioOnc",
            "indices" : [
              "78",
              "88"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Kiran Loamridge MD",
            "screen_name" : "kiranloamridgemd_fic",
            "indices" : [
              "55",
              "76"
            ],
            "id_str" : "9100000012765",
            "id" : "9100000012765"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/KgKYCtFNMT",
            "expanded_url" : "https://example.org/fictional/194229",
            "display_url" : "example.org/fictional/…",
            "indices" : [
              "89",
              "112"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "112"
      ],
      "favorite_count" : "0",
      "id_str" : "9000000000054194229",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "9000000000054194229",
      "possibly_sensitive" : false,
      "created_at" : "Wed Mar 04 14:30:55 +0000 2026",
      "favorited" : false,
      "full_text" : "Immune checkpoint myocarditis is rare but serious with @kiranloamridgemd_fic. #CardioOnc https://t.co/KgKYCtFNMT",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000077198171"
          ],
          "editableUntil" : "2026-03-03T09:34:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Yara Vornbrook, MD",
            "screen_name" : "dryaravornbrook_fic",
            "indices" : [
              "3",
              "23"
            ],
            "id_str" : "9100000032373",
            "id" : "9100000032373"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "54"
      ],
      "favorite_count" : "0",
      "id_str" : "9000000000077198171",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "9000000000077198171",
      "created_at" : "Tue Mar 03 09:04:45 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @dryaravornbrook_fic: Immunotherapy toxicity update",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000088353482"
          ],
          "editableUntil" : "2026-03-03T04:13:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Hiro Quillwyn MD",
            "screen_name" : "hiroquillwynmd_fic",
            "indices" : [
              "3",
              "22"
            ],
            "id_str" : "9100000059300",
            "id" : "9100000059300"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "53"
      ],
      "favorite_count" : "0",
      "id_str" : "9000000000088353482",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "9000000000088353482",
      "created_at" : "Tue Mar 03 03:43:45 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @hiroquillwynmd_fic: Immunotherapy toxicity update",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000049228701"
          ],
          "editableUntil" : "2026-03-02T18:47:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "meded",
            "indices" : [
              "74",
              "80"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Esme Pirrvane, MD",
            "screen_name" : "dresmepirrvane_fic",
            "indices" : [
              "3",
              "22"
            ],
            "id_str" : "9100000021976",
            "id" : "9100000021976"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "0",
      "id_str" : "9000000000049228701",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "9000000000049228701",
      "created_at" : "Mon Mar 02 18:17:04 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @dresmepirrvane_fic: Immune checkpoint myocarditis is rare but serious #meded",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000025074448"
          ],
          "editableUntil" : "2026-02-28T21:04:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "meded",
            "indices" : [
              "57",
              "63"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Leif Gorsebrook MD",
            "screen_name" : "dr_leif_gorsebrook_fic",
            "indices" : [
              "3",
              "26"
            ],
            "id_str" : "9100000045346",
            "id" : "9100000045346"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "63"
      ],
      "favorite_count" : "0",
      "id_str" : "9000000000025074448",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "9000000000025074448",
      "created_at" : "Sat Feb 28 20:34:47 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @dr_leif_gorsebrook_fic: Lipids, again: LDL is causal #meded",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000066903414"
          ],
          "editableUntil" : "2026-02-27T21:16:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "oncology",
            "indices" : [
              "37",
              "46"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "2",
      "id_str" : "9000000000066903414",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "9000000000066903414",
      "created_at" : "Fri Feb 27 20:46:14 +0000 2026",
      "favorited" : false,
      "full_text" : "Baseline echo before anthracyclines. #oncology",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000038046681"
          ],
          "editableUntil" : "2026-02-27T09:32:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/8EsPeHHSqX",
            "expanded_url" : "https://twitter.com/dr_dov_loamhollow_fic/status/9000000000038375558",
            "display_url" : "twitter.com/dr_dov_loamh…",
            "indices" : [
              "28",
              "51"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "51"
      ],
      "favorite_count" : "1",
      "id_str" : "9000000000038046681",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "9000000000038046681",
      "possibly_sensitive" : false,
      "created_at" : "Fri Feb 27 09:02:32 +0000 2026",
      "favorited" : false,
      "full_text" : "Important for our patients. https://t.co/8EsPeHHSqX",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000032634666"
          ],
          "editableUntil" : "2026-02-26T08:53:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "CurbCon26",
            "indices" : [
              "62",
              "72"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Quillvane Association for Oncology",
            "screen_name" : "quillvane_onc_society_fic",
            "indices" : [
              "0",
              "26"
            ],
            "id_str" : "9100000035525",
            "id" : "9100000035525"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "27",
        "72"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "9000000000033518457",
      "id_str" : "9000000000032634666",
      "in_reply_to_user_id" : "9100000035525",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "9000000000032634666",
      "in_reply_to_status_id" : "9000000000033518457",
      "created_at" : "Thu Feb 26 08:23:31 +0000 2026",
      "favorited" : false,
      "full_text" : "@quillvane_onc_society_fic Would love to collaborate on this. #CurbCon26",
      "lang" : "en",
      "in_reply_to_screen_name" : "quillvane_onc_society_fic",
      "in_reply_to_user_id_str" : "9100000035525"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000027214018"
          ],
          "editableUntil" : "2026-02-25T23:37:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Gideon Pirrridge MD",
            "screen_name" : "dr_gideon_pirrridge_fic",
            "indices" : [
              "0",
              "24"
            ],
            "id_str" : "9100000042754",
            "id" : "9100000042754"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "25",
        "37"
      ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "9000000000027276698",
      "id_str" : "9000000000027214018",
      "in_reply_to_user_id" : "9100000042754",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "9000000000027214018",
      "in_reply_to_status_id" : "9000000000027276698",
      "created_at" : "Wed Feb 25 23:07:03 +0000 2026",
      "favorited" : false,
      "full_text" : "@dr_gideon_pirrridge_fic Great point!",
      "lang" : "en",
      "in_reply_to_screen_name" : "dr_gideon_pirrridge_fic",
      "in_reply_to_user_id_str" : "9100000042754"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000067475225"
          ],
          "editableUntil" : "2026-02-24T21:03:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Dilys Kestvane, MD",
            "screen_name" : "dr_dilys_kestvane_fic",
            "indices" : [
              "3",
              "25"
            ],
            "id_str" : "9100000024740",
            "id" : "9100000024740"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "0",
      "id_str" : "9000000000067475225",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "9000000000067475225",
      "created_at" : "Tue Feb 24 20:33:48 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @dr_dilys_kestvane_fic: Tumour board pearls",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000023613951"
          ],
          "editableUntil" : "2026-02-23T19:16:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "CurbCon26",
            "indices" : [
              "57",
              "67"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Orla Braskhollow",
            "screen_name" : "dr_orla_braskhollow_fic",
            "indices" : [
              "0",
              "24"
            ],
            "id_str" : "9100000041927",
            "id" : "9100000041927"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "25",
        "67"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "9000000000023828114",
      "id_str" : "9000000000023613951",
      "in_reply_to_user_id" : "9100000041927",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "9000000000023613951",
      "in_reply_to_status_id" : "9000000000023828114",
      "created_at" : "Mon Feb 23 18:46:40 +0000 2026",
      "favorited" : false,
      "full_text" : "@dr_orla_braskhollow_fic Agree, and baseline echo helps. #CurbCon26",
      "lang" : "en",
      "in_reply_to_screen_name" : "dr_orla_braskhollow_fic",
      "in_reply_to_user_id_str" : "9100000041927"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000046737136"
          ],
          "editableUntil" : "2026-02-23T07:11:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Nils Marrowridge MD",
            "screen_name" : "nilsmarrowridgemd_fic",
            "indices" : [
              "3",
              "25"
            ],
            "id_str" : "9100000061912",
            "id" : "9100000061912"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "0",
      "id_str" : "9000000000046737136",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "9000000000046737136",
      "created_at" : "Mon Feb 23 06:41:14 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @nilsmarrowridgemd_fic: Echo case of the day",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000062772901"
          ],
          "editableUntil" : "2026-02-21T18:09:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "oncology",
            "indices" : [
              "81",
              "90"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Saoirse Yarlfallow, MD",
            "screen_name" : "saoirseyarlfallowmd_fic",
            "indices" : [
              "55",
              "79"
            ],
            "id_str" : "9100000002975",
            "id" : "9100000002975"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "2",
      "id_str" : "9000000000062772901",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "9000000000062772901",
      "created_at" : "Sat Feb 21 17:39:05 +0000 2026",
      "favorited" : false,
      "full_text" : "Immune checkpoint myocarditis is rare but serious with @saoirseyarlfallowmd_fic. #oncology",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000072500229"
          ],
          "editableUntil" : "2026-02-21T07:44:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Dr. Bram Thistlemere",
            "screen_name" : "drbramthistlemere_fic",
            "indices" : [
              "0",
              "22"
            ],
            "id_str" : "9100000047066",
            "id" : "9100000047066"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "23",
        "47"
      ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "9000000000073150689",
      "id_str" : "9000000000072500229",
      "in_reply_to_user_id" : "9100000047066",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "9000000000072500229",
      "in_reply_to_status_id" : "9000000000073150689",
      "created_at" : "Sat Feb 21 07:14:32 +0000 2026",
      "favorited" : false,
      "full_text" : "@drbramthistlemere_fic Thanks for sharing this.",
      "lang" : "en",
      "in_reply_to_screen_name" : "drbramthistlemere_fic",
      "in_reply_to_user_id_str" : "9100000047066"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000054679049"
          ],
          "editableUntil" : "2026-02-20T20:53:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/zFYZgNJAMd",
            "expanded_url" : "https://twitter.com/mirrwold_onc_journal_fic/status/9000000000054870235",
            "display_url" : "twitter.com/mirrwold_onc…",
            "indices" : [
              "6",
              "29"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "153",
      "id_str" : "9000000000054679049",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "9000000000054679049",
      "possibly_sensitive" : false,
      "created_at" : "Fri Feb 20 20:23:35 +0000 2026",
      "favorited" : false,
      "full_text" : "This! https://t.co/zFYZgNJAMd",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000029635813"
          ],
          "editableUntil" : "2026-02-20T14:13:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "meded",
            "indices" : [
              "46",
              "52"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Teo Quillquist, MD",
            "screen_name" : "teoquillquistmd_fic",
            "indices" : [
              "3",
              "23"
            ],
            "id_str" : "9100000003895",
            "id" : "9100000003895"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "52"
      ],
      "favorite_count" : "0",
      "id_str" : "9000000000029635813",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "9000000000029635813",
      "created_at" : "Fri Feb 20 13:43:48 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @teoquillquistmd_fic: Echo case of the day #meded",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000066125167"
          ],
          "editableUntil" : "2026-02-19T21:09:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "meded",
            "indices" : [
              "95",
              "101"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Cato Nettlewick",
            "screen_name" : "cato_nettlewick_fic",
            "indices" : [
              "46",
              "66"
            ],
            "id_str" : "9100000050992",
            "id" : "9100000050992"
          },
          {
            "name" : "Felix Trillridge MD",
            "screen_name" : "drfelixtrillridge_fic",
            "indices" : [
              "71",
              "93"
            ],
            "id_str" : "9100000035419",
            "id" : "9100000035419"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/NW7cWkSGnU",
            "expanded_url" : "https://example.org/fictional/125167",
            "display_url" : "example.org/fictional/…",
            "indices" : [
              "102",
              "125"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "125"
      ],
      "favorite_count" : "1",
      "id_str" : "9000000000066125167",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "9000000000066125167",
      "possibly_sensitive" : false,
      "created_at" : "Thu Feb 19 20:39:35 +0000 2026",
      "favorited" : false,
      "full_text" : "Troponin surveillance during trastuzumab with @cato_nettlewick_fic and @drfelixtrillridge_fic. #meded https://t.co/NW7cWkSGnU",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000019090548"
          ],
          "editableUntil" : "2026-02-19T19:30:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "CurbCon26",
            "indices" : [
              "92",
              "102"
            ]
          },
          {
            "text" : "meded",
            "indices" : [
              "103",
              "109"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Tambcombe Association for Oncology",
            "screen_name" : "tambcombe_onc_society_fic",
            "indices" : [
              "64",
              "90"
            ],
            "id_str" : "9100000066780",
            "id" : "9100000066780"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/vuSRiY8Bft",
            "expanded_url" : "https://example.org/fictional/090548",
            "display_url" : "example.org/fictional/…",
            "indices" : [
              "110",
              "133"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "133"
      ],
      "favorite_count" : "0",
      "id_str" : "9000000000019090548",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "9000000000019090548",
      "possibly_sensitive" : false,
      "created_at" : "Thu Feb 19 19:00:41 +0000 2026",
      "favorited" : false,
      "full_text" : "Day 1 at Immune checkpoint myocarditis is rare but serious with @tambcombe_onc_society_fic. #CurbCon26 #meded https://t.co/vuSRiY8Bft",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000021183606"
          ],
          "editableUntil" : "2026-02-19T18:10:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "CurbCon26",
            "indices" : [
              "56",
              "66"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Teo Quillquist, MD",
            "screen_name" : "teoquillquistmd_fic",
            "indices" : [
              "0",
              "20"
            ],
            "id_str" : "9100000003895",
            "id" : "9100000003895"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "21",
        "66"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "9000000000021257698",
      "id_str" : "9000000000021183606",
      "in_reply_to_user_id" : "9100000003895",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "9000000000021183606",
      "in_reply_to_status_id" : "9000000000021257698",
      "created_at" : "Thu Feb 19 17:40:38 +0000 2026",
      "favorited" : false,
      "full_text" : "@teoquillquistmd_fic Would love to collaborate on this. #CurbCon26",
      "lang" : "en",
      "in_reply_to_screen_name" : "teoquillquistmd_fic",
      "in_reply_to_user_id_str" : "9100000003895"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000081065938"
          ],
          "editableUntil" : "2026-02-18T19:58:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Zev Glimholt MD",
            "screen_name" : "dr_zev_glimholt_fic",
            "indices" : [
              "3",
              "23"
            ],
            "id_str" : "9100000062633",
            "id" : "9100000062633"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "53"
      ],
      "favorite_count" : "0",
      "id_str" : "9000000000081065938",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "9000000000081065938",
      "created_at" : "Wed Feb 18 19:28:41 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @dr_zev_glimholt_fic: Lipids, again: LDL is causal",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000069916031"
          ],
          "editableUntil" : "2026-02-18T14:55:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/wo2VSSDzwR",
            "expanded_url" : "https://twitter.com/trillwold_cardio_society_fic/status/9000000000070056694",
            "display_url" : "twitter.com/trillwold_ca…",
            "indices" : [
              "11",
              "34"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "34"
      ],
      "favorite_count" : "3",
      "id_str" : "9000000000069916031",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "9000000000069916031",
      "possibly_sensitive" : false,
      "created_at" : "Wed Feb 18 14:25:01 +0000 2026",
      "favorited" : false,
      "full_text" : "Must read. https://t.co/wo2VSSDzwR",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000010958111"
          ],
          "editableUntil" : "2026-02-18T13:05:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Quinn Olvvane MD",
            "screen_name" : "quinnolvvanemd_fic",
            "indices" : [
              "0",
              "19"
            ],
            "id_str" : "9100000015590",
            "id" : "9100000015590"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "20",
        "44"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "9000000000011642793",
      "id_str" : "9000000000010958111",
      "in_reply_to_user_id" : "9100000015590",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "9000000000010958111",
      "in_reply_to_status_id" : "9000000000011642793",
      "created_at" : "Wed Feb 18 12:35:33 +0000 2026",
      "favorited" : false,
      "full_text" : "@quinnolvvanemd_fic Thanks for sharing this.",
      "lang" : "en",
      "in_reply_to_screen_name" : "quinnolvvanemd_fic",
      "in_reply_to_user_id_str" : "9100000015590"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000035460574"
          ],
          "editableUntil" : "2026-02-18T08:19:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Lior Trillstead MD",
            "screen_name" : "dr_lior_trillstead_fic",
            "indices" : [
              "0",
              "23"
            ],
            "id_str" : "9100000048858",
            "id" : "9100000048858"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "24",
        "58"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "9000000000035551151",
      "id_str" : "9000000000035460574",
      "in_reply_to_user_id" : "9100000048858",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "9000000000035460574",
      "in_reply_to_status_id" : "9000000000035551151",
      "created_at" : "Wed Feb 18 07:49:52 +0000 2026",
      "favorited" : false,
      "full_text" : "@dr_lior_trillstead_fic Would love to collaborate on this.",
      "lang" : "en",
      "in_reply_to_screen_name" : "dr_lior_trillstead_fic",
      "in_reply_to_user_id_str" : "9100000048858"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000087357776"
          ],
          "editableUntil" : "2026-02-17T07:44:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "oncology",
            "indices" : [
              "42",
              "51"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/wLwedJ7RPi",
            "expanded_url" : "https://example.org/fictional/357776",
            "display_url" : "example.org/fictional/…",
            "indices" : [
              "52",
              "75"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "75"
      ],
      "favorite_count" : "4",
      "id_str" : "9000000000087357776",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "9000000000087357776",
      "possibly_sensitive" : false,
      "created_at" : "Tue Feb 17 07:14:04 +0000 2026",
      "favorited" : false,
      "full_text" : "Troponin surveillance during trastuzumab. #oncology https://t.co/wLwedJ7RPi",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000089046617"
          ],
          "editableUntil" : "2026-02-16T07:57:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Veda Tambthorne",
            "screen_name" : "veda_tambthorne_fic",
            "indices" : [
              "3",
              "23"
            ],
            "id_str" : "9100000032610",
            "id" : "9100000032610"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "0",
      "id_str" : "9000000000089046617",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "9000000000089046617",
      "created_at" : "Mon Feb 16 07:27:08 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @veda_tambthorne_fic: Open data for everyone",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000025895243"
          ],
          "editableUntil" : "2026-02-15T17:49:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Dr. Juno Thistlewick",
            "screen_name" : "drjunothistlewick_fic",
            "indices" : [
              "0",
              "22"
            ],
            "id_str" : "9100000065078",
            "id" : "9100000065078"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "23",
        "44"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "9000000000026284055",
      "id_str" : "9000000000025895243",
      "in_reply_to_user_id" : "9100000065078",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "9000000000025895243",
      "in_reply_to_status_id" : "9000000000026284055",
      "created_at" : "Sun Feb 15 17:19:15 +0000 2026",
      "favorited" : false,
      "full_text" : "@drjunothistlewick_fic Congrats on the talk!",
      "lang" : "en",
      "in_reply_to_screen_name" : "drjunothistlewick_fic",
      "in_reply_to_user_id_str" : "9100000065078"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000001664280"
          ],
          "editableUntil" : "2026-02-15T13:02:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/7VXrvMA9xy",
            "expanded_url" : "https://twitter.com/corvwyn_cardioonc_society_fic/status/9000000000002066007",
            "display_url" : "twitter.com/corvwyn_card…",
            "indices" : [
              "6",
              "29"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "29"
      ],
      "favorite_count" : "4",
      "id_str" : "9000000000001664280",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "9000000000001664280",
      "possibly_sensitive" : false,
      "created_at" : "Sun Feb 15 12:32:08 +0000 2026",
      "favorited" : false,
      "full_text" : "This! https://t.co/7VXrvMA9xy",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000057819258"
          ],
          "editableUntil" : "2026-02-14T10:37:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "cardioonc",
            "indices" : [
              "91",
              "101"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Dario Pellhollow",
            "screen_name" : "drdariopellhollow_fic",
            "indices" : [
              "67",
              "89"
            ],
            "id_str" : "9100000005947",
            "id" : "9100000005947"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "12",
      "id_str" : "9000000000057819258",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "9000000000057819258",
      "created_at" : "Sat Feb 14 10:07:27 +0000 2026",
      "favorited" : false,
      "full_text" : "Loved this: Immune checkpoint myocarditis is rare but serious with @drdariopellhollow_fic. #cardioonc",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000073745547"
          ],
          "editableUntil" : "2026-02-14T09:12:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "CurbCon26",
            "indices" : [
              "43",
              "53"
            ]
          },
          {
            "text" : "cardioonc",
            "indices" : [
              "54",
              "64"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "64"
      ],
      "favorite_count" : "1",
      "id_str" : "9000000000073745547",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "9000000000073745547",
      "created_at" : "Sat Feb 14 08:42:12 +0000 2026",
      "favorited" : false,
      "full_text" : "Loved this: Cardio-oncology clinic pearls. #CurbCon26 #cardioonc",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000067958334"
          ],
          "editableUntil" : "2026-02-13T09:04:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Anouk Ossmantle, MD",
            "screen_name" : "dr_anouk_ossmantle_fic",
            "indices" : [
              "0",
              "23"
            ],
            "id_str" : "9100000027550",
            "id" : "9100000027550"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "24",
        "48"
      ],
      "favorite_count" : "14",
      "in_reply_to_status_id_str" : "9000000000068117933",
      "id_str" : "9000000000067958334",
      "in_reply_to_user_id" : "9100000027550",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "9000000000067958334",
      "in_reply_to_status_id" : "9000000000068117933",
      "created_at" : "Fri Feb 13 08:34:12 +0000 2026",
      "favorited" : false,
      "full_text" : "@dr_anouk_ossmantle_fic Thanks for sharing this.",
      "lang" : "en",
      "in_reply_to_screen_name" : "dr_anouk_ossmantle_fic",
      "in_reply_to_user_id_str" : "9100000027550"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "9000000000004991963"
          ],
          "editableUntil" : "2026-02-12T14:41:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Idris Gorsehollow MD",
            "screen_name" : "idris_gorsehollow_md_fic",
            "indices" : [
              "0",
              "25"
            ],
            "id_str" : "9100000048881",
            "id" : "9100000048881"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "26",
        "57"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "9000000000005311794",
      "id_str" : "9000000000004991963",
      "in_reply_to_user_id" : "9100000048881",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "9000000000004991963",
      "in_reply_to_status_id" : "9000000000005311794",
      "created_at" : "Thu Feb 12 14:11:25 +0000 2026",
      "favorited" : false,
      "full_text" : "@idris_gorsehollow_md_fic Agree, and baseline echo helps.",
      "lang" : "en",
      "in_reply_to_screen_name" : "idris_gorsehollow_md_fic",
      "in_reply_to_user_id_str" : "9100000048881"
    }
  }
]