x = "a\z   
   b"
y = "c\z


d"
z = "\z"
