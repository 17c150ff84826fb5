// @generated from AWS::Pinpoint::Segment (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Pinpoint::Segment` and its property types.

/// Resource Type definition for AWS::Pinpoint::Segment
///
/// CloudFormation type `AWS::Pinpoint::Segment`.
#[derive(Debug, Clone, PartialEq)]
pub struct Segment {
    props: ::forma_core::schema::Props,
}
impl Segment {
    /// A new resource with its required properties: `ApplicationId`, `Name`.
    #[track_caller]
    pub fn new(
        application_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, application_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `Dimensions`.
    #[track_caller]
    pub fn dimensions(mut self, value: impl ::std::convert::Into<::forma_core::Value<SegmentDimensions>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `SegmentGroups`.
    #[track_caller]
    pub fn segment_groups(mut self, value: impl ::std::convert::Into<::forma_core::Value<SegmentGroups>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Segment {
    type Attributes = SegmentAttributes;
    fn type_name(&self) -> &str {
        "AWS::Pinpoint::Segment"
    }
    fn into_properties(self) -> ::forma_core::schema::Object {
        self.props.into_object(SPEC.properties)
    }
    fn into_parts(self) -> (::forma_core::schema::Object, ::forma_core::schema::SetAt) {
        self.props.into_parts(SPEC.properties)
    }
    fn schema(&self) -> ::std::option::Option<&'static ::forma_core::schema::ResourceType> {
        Some(&SPEC)
    }
}
/// The attributes of a `AWS::Pinpoint::Segment` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct SegmentAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for SegmentAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl SegmentAttributes {
    /// `Fn::GetAtt` `SegmentId`.
    pub fn segment_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "SegmentId")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The `SegmentDimensions` property type of `AWS::Pinpoint::Segment`.
#[derive(Debug, Clone, PartialEq)]
pub struct SegmentDimensions {
    props: ::forma_core::schema::Props,
}
impl SegmentDimensions {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Attributes`.
    pub fn attributes(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Behavior`.
    pub fn behavior(mut self, value: impl ::std::convert::Into<::forma_core::Value<Behavior>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Demographic`.
    pub fn demographic(mut self, value: impl ::std::convert::Into<::forma_core::Value<Demographic>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Location`.
    pub fn location(mut self, value: impl ::std::convert::Into<::forma_core::Value<Location>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `Metrics`.
    pub fn metrics(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `UserAttributes`.
    pub fn user_attributes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SegmentDimensions {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SegmentDimensions> for ::forma_core::Value<SegmentDimensions> {
    fn from(v: SegmentDimensions) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SEGMENT_DIMENSIONS_TYPE.properties))
    }
}

/// The `SegmentGroups` property type of `AWS::Pinpoint::Segment`.
#[derive(Debug, Clone, PartialEq)]
pub struct SegmentGroups {
    props: ::forma_core::schema::Props,
}
impl SegmentGroups {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Groups`.
    pub fn groups(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Groups>>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Include`.
    pub fn include(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SegmentGroups {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SegmentGroups> for ::forma_core::Value<SegmentGroups> {
    fn from(v: SegmentGroups) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SEGMENT_GROUPS_TYPE.properties))
    }
}

/// The `Behavior` property type of `AWS::Pinpoint::Segment`.
#[derive(Debug, Clone, PartialEq)]
pub struct Behavior {
    props: ::forma_core::schema::Props,
}
impl Behavior {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Recency`.
    pub fn recency(mut self, value: impl ::std::convert::Into<::forma_core::Value<Recency>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Behavior {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Behavior> for ::forma_core::Value<Behavior> {
    fn from(v: Behavior) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(BEHAVIOR_TYPE.properties))
    }
}

/// The `Demographic` property type of `AWS::Pinpoint::Segment`.
#[derive(Debug, Clone, PartialEq)]
pub struct Demographic {
    props: ::forma_core::schema::Props,
}
impl Demographic {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `AppVersion`.
    pub fn app_version(mut self, value: impl ::std::convert::Into<::forma_core::Value<SetDimension>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Channel`.
    pub fn channel(mut self, value: impl ::std::convert::Into<::forma_core::Value<SetDimension>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `DeviceType`.
    pub fn device_type(mut self, value: impl ::std::convert::Into<::forma_core::Value<SetDimension>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Make`.
    pub fn make(mut self, value: impl ::std::convert::Into<::forma_core::Value<SetDimension>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// `Model`.
    pub fn model(mut self, value: impl ::std::convert::Into<::forma_core::Value<SetDimension>>) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// `Platform`.
    pub fn platform(mut self, value: impl ::std::convert::Into<::forma_core::Value<SetDimension>>) -> Self {
        self.props.set(5, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Demographic {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Demographic> for ::forma_core::Value<Demographic> {
    fn from(v: Demographic) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DEMOGRAPHIC_TYPE.properties))
    }
}

/// The `Location` property type of `AWS::Pinpoint::Segment`.
#[derive(Debug, Clone, PartialEq)]
pub struct Location {
    props: ::forma_core::schema::Props,
}
impl Location {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Country`.
    pub fn country(mut self, value: impl ::std::convert::Into<::forma_core::Value<SetDimension>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `GPSPoint`.
    pub fn gps_point(mut self, value: impl ::std::convert::Into<::forma_core::Value<GpsPoint>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Location {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Location> for ::forma_core::Value<Location> {
    fn from(v: Location) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(LOCATION_TYPE.properties))
    }
}

/// The `Groups` property type of `AWS::Pinpoint::Segment`.
#[derive(Debug, Clone, PartialEq)]
pub struct Groups {
    props: ::forma_core::schema::Props,
}
impl Groups {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Dimensions`.
    pub fn dimensions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SegmentDimensions>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `SourceSegments`.
    pub fn source_segments(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SourceSegments>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `SourceType`.
    pub fn source_type(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// `Type`.
    pub fn type_(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Groups {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Groups> for ::forma_core::Value<Groups> {
    fn from(v: Groups) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GROUPS_TYPE.properties))
    }
}

/// The `Recency` property type of `AWS::Pinpoint::Segment`.
#[derive(Debug, Clone, PartialEq)]
pub struct Recency {
    props: ::forma_core::schema::Props,
}
impl Recency {
    /// A new value with its required properties: `Duration`, `RecencyType`.
    pub fn new(
        duration: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        recency_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, duration.into().into_expr());
        props.set(1, recency_type.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Recency> for ::forma_core::Value<Recency> {
    fn from(v: Recency) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RECENCY_TYPE.properties))
    }
}

/// The `SetDimension` property type of `AWS::Pinpoint::Segment`.
#[derive(Debug, Clone, PartialEq)]
pub struct SetDimension {
    props: ::forma_core::schema::Props,
}
impl SetDimension {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `DimensionType`.
    pub fn dimension_type(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Values`.
    pub fn values(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for SetDimension {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<SetDimension> for ::forma_core::Value<SetDimension> {
    fn from(v: SetDimension) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SET_DIMENSION_TYPE.properties))
    }
}

/// The `GPSPoint` property type of `AWS::Pinpoint::Segment`.
#[derive(Debug, Clone, PartialEq)]
pub struct GpsPoint {
    props: ::forma_core::schema::Props,
}
impl GpsPoint {
    /// A new value with its required properties: `Coordinates`, `RangeInKilometers`.
    pub fn new(
        coordinates: impl ::std::convert::Into<::forma_core::Value<Coordinates>>,
        range_in_kilometers: impl ::std::convert::Into<::forma_core::Value<f64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, coordinates.into().into_expr());
        props.set(1, range_in_kilometers.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<GpsPoint> for ::forma_core::Value<GpsPoint> {
    fn from(v: GpsPoint) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(GPS_POINT_TYPE.properties))
    }
}

/// The `SourceSegments` property type of `AWS::Pinpoint::Segment`.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceSegments {
    props: ::forma_core::schema::Props,
}
impl SourceSegments {
    /// A new value with its required properties: `Id`.
    pub fn new(id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, id.into().into_expr());
        Self { props }
    }
    /// `Version`.
    pub fn version(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<SourceSegments> for ::forma_core::Value<SourceSegments> {
    fn from(v: SourceSegments) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SOURCE_SEGMENTS_TYPE.properties))
    }
}

/// The `Coordinates` property type of `AWS::Pinpoint::Segment`.
#[derive(Debug, Clone, PartialEq)]
pub struct Coordinates {
    props: ::forma_core::schema::Props,
}
impl Coordinates {
    /// A new value with its required properties: `Latitude`, `Longitude`.
    pub fn new(
        latitude: impl ::std::convert::Into<::forma_core::Value<f64>>,
        longitude: impl ::std::convert::Into<::forma_core::Value<f64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, latitude.into().into_expr());
        props.set(1, longitude.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Coordinates> for ::forma_core::Value<Coordinates> {
    fn from(v: Coordinates) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(COORDINATES_TYPE.properties))
    }
}

/// The schema of `AWS::Pinpoint::Segment`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Pinpoint::Segment",
    properties: &[
        ::forma_core::schema::Property {
            name: "ApplicationId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Dimensions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SEGMENT_DIMENSIONS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SegmentGroups",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SEGMENT_GROUPS_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
    ],
    rules: &[],
    attributes: &["SegmentId", "Arn"],
};

static SEGMENT_DIMENSIONS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Pinpoint::Segment.SegmentDimensions",
    properties: &[
        ::forma_core::schema::Property {
            name: "Attributes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "Behavior",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&BEHAVIOR_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Demographic",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DEMOGRAPHIC_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Location",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&LOCATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Metrics",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "UserAttributes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
    ],
    rules: &[],
};

static SEGMENT_GROUPS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Pinpoint::Segment.SegmentGroups",
    properties: &[
        ::forma_core::schema::Property {
            name: "Groups",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&GROUPS_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Include",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static BEHAVIOR_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Pinpoint::Segment.Behavior",
    properties: &[::forma_core::schema::Property {
        name: "Recency",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&RECENCY_TYPE),
    }],
    rules: &[],
};

static DEMOGRAPHIC_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Pinpoint::Segment.Demographic",
    properties: &[
        ::forma_core::schema::Property {
            name: "AppVersion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SET_DIMENSION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Channel",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SET_DIMENSION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DeviceType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SET_DIMENSION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Make",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SET_DIMENSION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Model",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SET_DIMENSION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Platform",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SET_DIMENSION_TYPE),
        },
    ],
    rules: &[],
};

static LOCATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Pinpoint::Segment.Location",
    properties: &[
        ::forma_core::schema::Property {
            name: "Country",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&SET_DIMENSION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "GPSPoint",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&GPS_POINT_TYPE),
        },
    ],
    rules: &[],
};

static GROUPS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Pinpoint::Segment.Groups",
    properties: &[
        ::forma_core::schema::Property {
            name: "Dimensions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SEGMENT_DIMENSIONS_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SourceSegments",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SOURCE_SEGMENTS_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SourceType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Type",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static RECENCY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Pinpoint::Segment.Recency",
    properties: &[
        ::forma_core::schema::Property {
            name: "Duration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RecencyType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static SET_DIMENSION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Pinpoint::Segment.SetDimension",
    properties: &[
        ::forma_core::schema::Property {
            name: "DimensionType",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Values",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
};

static GPS_POINT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Pinpoint::Segment.GPSPoint",
    properties: &[
        ::forma_core::schema::Property {
            name: "Coordinates",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&COORDINATES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RangeInKilometers",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static SOURCE_SEGMENTS_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Pinpoint::Segment.SourceSegments",
    properties: &[
        ::forma_core::schema::Property {
            name: "Id",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Version",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static COORDINATES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Pinpoint::Segment.Coordinates",
    properties: &[
        ::forma_core::schema::Property {
            name: "Latitude",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Longitude",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Number(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
    ],
    rules: &[],
};
