print('init', __name__)
from ... import b as b_again
from .... import a as a_again
LEAF = "deep leaf"
