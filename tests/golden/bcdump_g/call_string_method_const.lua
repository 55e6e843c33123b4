x = ('abc'):upper()
y = ('%d'):format(1)
z = ("a"):rep(2):len()
