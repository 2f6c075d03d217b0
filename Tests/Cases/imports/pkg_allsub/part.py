print("pkg_allsub.part loaded by import *")
PART = "part"
