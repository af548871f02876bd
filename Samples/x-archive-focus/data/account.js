window.YTD.account.part0 = [
  {
    "account" : {
      "email" : null,
      "createdVia" : "web",
      "username" : "dr_ada_quillbrook_fic",
      "accountId" : "9100000001300",
      "createdAt" : "2014-05-02T10:11:12.000Z",
      "accountDisplayName" : "Dr. Ada Quillbrook"
    }
  }
]