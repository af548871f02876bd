print("curbside")
