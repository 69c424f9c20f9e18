export const GIVEN_NAMES = [
  'Aisha', 'Amelia', 'Ben', 'Bethan', 'Callum', 'Chloe', 'Daniel', 'Deepa', 'Eilidh', 'Emeka', 'Fatima', 'Grace',
  'Hannah', 'Harry', 'Imran', 'Isla', 'Jack', 'Jasmine', 'Kwame', 'Laura', 'Liam', 'Maya', 'Mohammed', 'Niamh',
  'Oliver', 'Olivia', 'Priya', 'Rhys', 'Ruth', 'Sam', 'Sophie', 'Tariq', 'Tom', 'Yusuf', 'Zara', 'Zoe',
] as const;

export const FAMILY_NAMES = [
  'Adeyemi', 'Ahmed', 'Ali', 'Brown', 'Campbell', 'Chen', 'Clarke', 'Davies', 'Evans', 'Green', 'Hall', 'Hughes',
  'Hussain', 'Jones', 'Kaur', 'Khan', 'Lewis', 'Martin', 'Morgan', 'Murphy', 'Nowak', 'Okafor', 'Patel', 'Price',
  'Roberts', 'Robinson', 'Shah', 'Singh', 'Smith', 'Taylor', 'Thomas', 'Walker', 'Ward', 'Williams', 'Wilson', 'Wright',
] as const;

export const PLACES = [
  'Riverside', 'Millbrook', 'Oakfield', 'Hillside', 'Castle Street', 'Northgate', 'Westfield', 'Parkview', 'Elm Tree',
  'Church Lane', 'Meadowbank', 'Harbour', 'Victoria Road', 'Station Road', 'Brookside', 'Kingsway', 'Abbey', 'Orchard',
] as const;

export const PRACTICE_SUFFIXES = ['Surgery', 'Medical Centre', 'Health Centre', 'Medical Practice', 'Family Practice'] as const;

export const PROVIDERS = [
  'Connect Well CIC', 'Community Links Trust', 'Wellbeing Together', 'Neighbourhood Action', 'Voluntary Action Partnership',
] as const;
