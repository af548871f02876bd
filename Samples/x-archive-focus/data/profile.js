window.YTD.profile.part0 = [
  {
    "profile" : {
      "description" : {
        "bio" : "Cardio-oncologist at Marrowvane University Hospital | protecting hearts through cancer therapy | #cardioonc #cardiotwitter #WomenInMedicine | views my own 🫀🎗️",
        "website" : "https://example.org/quillbrook-fictional",
        "location" : "Marrowvale, Northshire"
      },
      "avatarMediaUrl" : "./data/profile_media/9100000001300-avatar.jpg",
      "headerMediaUrl" : "./data/profile_media/9100000001300-1400000000.jpg"
    }
  }
]