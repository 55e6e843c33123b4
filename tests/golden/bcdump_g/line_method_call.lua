obj
  :m1()
  :m2(
  1)
