"""Word lists shared by the detectors. Plain data, no logic."""

from __future__ import annotations

#: Common UK forenames, used to spot "Firstname Surname" shapes. Words that are
#: also everyday capitalised words (Will, May, June, Hope, Grace...) are left out.
FORENAMES: frozenset[str] = frozenset((
    "Aaron", "Abdul", "Abigail", "Adam", "Adil", "Adrian", "Ahmed", "Aidan", "Aisha", "Alan",
    "Alex", "Alexander", "Alfie", "Ali", "Alice", "Alison", "Amanda", "Amber", "Amelia", "Amir",
    "Amy", "Andrew", "Andy", "Angela", "Anna", "Anne", "Anthony", "Archie", "Asif", "Ashley",
    "Barry", "Becky", "Ben", "Beth", "Bethany", "Bradley", "Brandon", "Brian", "Bilal", "Caitlin",
    "Callum", "Carl", "Carol", "Caroline", "Catherine", "Charlie", "Charlotte", "Chelsea", "Chloe",
    "Chris", "Christine", "Christopher", "Claire", "Colin", "Connor", "Craig", "Daisy", "Dale",
    "Damian", "Dan", "Daniel", "Danny", "Darren", "Dave", "David", "Dawn", "Dean", "Debbie",
    "Declan", "Denise", "Dennis", "Derek", "Diane", "Dominic", "Donna", "Duncan", "Dylan", "Ella",
    "Ellie", "Elizabeth", "Emily", "Emma", "Eric", "Erin", "Ethan", "Evie", "Faisal", "Farah",
    "Fatima", "Finley", "Freddie", "Gail", "Gareth", "Gary", "Gavin", "Gemma", "Geoff", "George",
    "Georgia", "Gordon", "Graham", "Hannah", "Harry", "Harvey", "Hassan", "Hayley", "Heather",
    "Helen", "Holly", "Ian", "Imran", "Isaac", "Isabel", "Isabella", "Jack", "Jackie", "Jacob",
    "Jade", "Jake", "James", "Jamie", "Jane", "Janet", "Jason", "Jay", "Jayden", "Jean", "Jenny",
    "Jess", "Jessica", "Jim", "Jo", "Joanne", "Joe", "Joel", "John", "Jon", "Jonathan", "Jordan",
    "Joseph", "Josh", "Joshua", "Jodie", "Julie", "Justin", "Karen", "Karl", "Kate", "Katie",
    "Kayleigh", "Keith", "Kelly", "Kerry", "Kevin", "Kieran", "Kim", "Kirsty", "Kyle", "Lauren",
    "Laura", "Lee", "Leah", "Leanne", "Leon", "Lewis", "Liam", "Linda", "Lisa", "Logan", "Louise",
    "Lucy", "Luke", "Mandy", "Marcus", "Maria", "Mark", "Martin", "Mason", "Matthew", "Matt",
    "Megan", "Michael", "Michelle", "Mike", "Mohammed", "Mohammad", "Muhammad", "Molly", "Nadia",
    "Naomi", "Natalie", "Nathan", "Neil", "Nicola", "Nicole", "Nigel", "Oliver", "Olivia", "Omar",
    "Owen", "Paul", "Paula", "Pete", "Peter", "Phil", "Philip", "Rachel", "Rebecca", "Reece",
    "Rhys", "Richard", "Rob", "Robert", "Ryan", "Sadia", "Sajid", "Sally", "Sam", "Samantha",
    "Samuel", "Sandra", "Sara", "Sarah", "Scott", "Sean", "Shane", "Sharon", "Shaun", "Simon",
    "Sophie", "Stacey", "Stephen", "Steve", "Steven", "Stuart", "Susan", "Tariq", "Terry", "Tom",
    "Thomas", "Tony", "Tracey", "Tyler", "Usman", "Vicky", "Wayne", "Zara", "Zoe", "Zak", "Kai",
    "Riley", "Toby", "Theo", "Noah", "Leo", "Jodie", "Kayla", "Shannon", "Tia", "Courtney",
    # more common UK forenames across generations and communities
    "Tracy", "Tracey", "Ken", "Kenneth", "Trevor", "Brenda", "Pauline", "Maureen", "Margaret",
    "Joan", "Barbara", "Sheila", "Shirley", "Lorraine", "Tina", "Wendy", "Beverley", "Hazel",
    "Jill", "Malcolm", "Roy", "Ray", "Stan", "Bernard", "Clive", "Fred", "Harold", "Howard",
    "Kenny", "Les", "Leslie", "Mick", "Mickey", "Norman", "Ron", "Ronnie", "Roger", "Russell",
    "Stanley", "Vince", "Walter", "Brett", "Bryan", "Curtis", "Damon", "Ricky", "Robbie", "Ross",
    "Stewart", "Tim", "Timothy", "Warren", "Grant", "Jeff", "Billy", "Bobby", "Carly", "Cheryl",
    "Chantelle", "Danielle", "Demi", "Ebony", "Gina", "Hollie", "Jasmine", "Keeley", "Kimberley",
    "Leigh", "Lindsey", "Lynne", "Marie", "Mel", "Melissa", "Nikki", "Paige", "Rosie", "Ruby",
    "Sasha", "Shelley", "Sian", "Sonia", "Tanya", "Tasha", "Toni", "Vanessa", "Yvonne", "Kylie",
    "Mia", "Lily", "Poppy", "Freya", "Millie", "Layla", "Maisie", "Isla", "Harriet", "Lola",
    "Niamh", "Aoife", "Ciara", "Siobhan", "Cerys", "Dafydd", "Rhian", "Hamza", "Ibrahim",
    "Yusuf", "Zain", "Zainab", "Ayesha", "Aaliyah", "Priya", "Ravi", "Raj", "Sanjay", "Sunil",
    "Anil", "Deepak", "Amit", "Rahul", "Arjun", "Rohan", "Kiran", "Nisha", "Pooja", "Simran",
    "Harpreet", "Gurpreet", "Jaspreet", "Mandeep", "Tomasz", "Piotr", "Marek", "Agnieszka",
    "Kasia", "Olga", "Andrei", "Florin", "Kwame", "Kofi", "Chidi", "Emeka", "Tunde", "Femi",
    "Tyrone", "Jermaine", "Leroy", "Delroy", "Marlon", "Darnell", "Duane", "Reggie", "Kane",
    "Kian", "Louie", "Lenny", "Ollie", "Frankie", "Teddy", "Tommy", "Jenson", "Jaxon", "Tyson",
    "Bradley", "Dominik", "Jakub", "Kacper", "Mariusz", "Aleksandra", "Yasmin", "Yasmeen",
    "Shabana", "Nasreen", "Rukhsana", "Khalid", "Tahir", "Waqas", "Zubair", "Naveed", "Shahid",
    "Kieron", "Jordan", "Morgan", "Kerry", "Lesley", "Gillian", "Jacqueline", "Janice", "Carole",
    "Elaine", "Valerie", "Doreen", "Irene", "Eileen", "Sylvia", "Josie", "Nadine", "Kelsey",
))

#: Capitalised words that are not names, so never a surname in "Firstname Surname".
NOT_NAMES: frozenset[str] = frozenset((
    "Police", "Officer", "Officers", "Station", "Road", "Street", "Lane", "Avenue", "Grove",
    "Close", "Drive", "Way", "Court", "Park", "Square", "Team", "Unit", "Support", "Services",
    "Service", "Care", "Council", "Centre", "Center", "Hospital", "School", "College", "University",
    "Airport", "Hall", "House", "Church", "Community", "Division", "District", "North", "South",
    "East", "West", "Yorkshire", "Force", "Constable", "Sergeant", "Inspector", "Superintendent",
    "Chief", "Road's", "Crown", "Magistrates", "Library", "Bridge", "Market", "Retail", "Station's",
    "Fire", "Ambulance", "Rhinos", "United", "City", "Town", "Royal", "Academy", "Primary",
    "Academy", "Mosque", "Day", "Night", "Morning", "Evening", "Today", "Tonight", "Thanks",
    "Thank", "Please", "Sorry", "Hi", "Hello", "Dear", "Cheers",
))

#: Politicians and other public figures: naming them is not personal data.
PUBLIC_FIGURES: frozenset[str] = frozenset((
    "Starmer", "Sunak", "Farage", "Braverman", "Corbyn", "Truss", "Badenoch", "Jenrick", "Rayner",
    "Gove", "Johnson", "Cameron", "Patel", "Cooper", "Reeves", "Mahmood", "Davey", "Streeting",
    "Lammy", "Hunt", "Shapps", "Raab", "Abbott", "Galloway", "Dickens", "Shakespeare",
))

#: Street-name endings, for addresses ("14 Elm Road") and "of Park Lane".
STREET_SUFFIXES: tuple[str, ...] = (
    "Road", "Rd", "Street", "St", "Lane", "Ln", "Avenue", "Ave", "Grove", "Close", "Drive",
    "Way", "Crescent", "Court", "Place", "Terrace", "Gardens", "Walk", "Mount", "Rise", "View",
    "Hill", "Square", "Row", "Mews", "Parade", "Green", "Vale", "Croft", "Fold", "Gate",
    "Garth", "Wynd", "Approach", "Boulevard", "Park",
)

#: People whose identity a reply must not give away.
ROLES: tuple[str, ...] = (
    "victim", "suspect", "witness", "offender", "defendant", "complainant", "casualty",
    "deceased", "informant", "caller", "homeowner", "injured party", "man arrested",
    "woman arrested", "person arrested", "lad arrested", "driver",
)
