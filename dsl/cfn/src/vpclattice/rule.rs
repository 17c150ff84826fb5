// @generated from AWS::VpcLattice::Rule (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::VpcLattice::Rule` and its property types.

/// Creates a listener rule.
///
/// CloudFormation type `AWS::VpcLattice::Rule`.
#[derive(Debug, Clone, PartialEq)]
pub struct Rule {
    props: ::forma_core::schema::Props,
}
impl Rule {
    /// A new resource with its required properties: `Action`, `Match`, `Priority`.
    #[track_caller]
    pub fn new(
        action: impl ::std::convert::Into<::forma_core::Value<Action>>,
        match_: impl ::std::convert::Into<::forma_core::Value<Match>>,
        priority: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, action.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, match_.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, priority.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `ListenerIdentifier`.
    ///
    /// Allowed: length 20 to 2048.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn listener_identifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Name`.
    ///
    /// Allowed: length 3 to 63.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `ServiceIdentifier`.
    ///
    /// Allowed: length 20 to 2048.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn service_identifier(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `Tags`.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Rule {
    type Attributes = RuleAttributes;
    fn type_name(&self) -> &str {
        "AWS::VpcLattice::Rule"
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
/// The attributes of a `AWS::VpcLattice::Rule` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct RuleAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for RuleAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl RuleAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The `Action` property type of `AWS::VpcLattice::Rule`.
#[derive(Debug, Clone, PartialEq)]
pub struct Action {
    props: ::forma_core::schema::Props,
}
impl Action {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `FixedResponse`.
    pub fn fixed_response(mut self, value: impl ::std::convert::Into<::forma_core::Value<FixedResponse>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Forward`.
    pub fn forward(mut self, value: impl ::std::convert::Into<::forma_core::Value<Forward>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Action {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Action> for ::forma_core::Value<Action> {
    fn from(v: Action) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ACTION_TYPE.properties))
    }
}

/// The `Match` property type of `AWS::VpcLattice::Rule`.
#[derive(Debug, Clone, PartialEq)]
pub struct Match {
    props: ::forma_core::schema::Props,
}
impl Match {
    /// A new value with its required properties: `HttpMatch`.
    pub fn new(http_match: impl ::std::convert::Into<::forma_core::Value<HttpMatch>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, http_match.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Match> for ::forma_core::Value<Match> {
    fn from(v: Match) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(MATCH_TYPE.properties))
    }
}

/// The `Tag` property type of `AWS::VpcLattice::Rule`.
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    props: ::forma_core::schema::Props,
}
impl Tag {
    /// A new value with its required properties: `Key`, `Value`.
    pub fn new(
        key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key.into().into_expr());
        props.set(1, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Tag> for ::forma_core::Value<Tag> {
    fn from(v: Tag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_TYPE.properties))
    }
}

/// The `FixedResponse` property type of `AWS::VpcLattice::Rule`.
#[derive(Debug, Clone, PartialEq)]
pub struct FixedResponse {
    props: ::forma_core::schema::Props,
}
impl FixedResponse {
    /// A new value with its required properties: `StatusCode`.
    pub fn new(status_code: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, status_code.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<FixedResponse> for ::forma_core::Value<FixedResponse> {
    fn from(v: FixedResponse) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FIXED_RESPONSE_TYPE.properties))
    }
}

/// The `Forward` property type of `AWS::VpcLattice::Rule`.
#[derive(Debug, Clone, PartialEq)]
pub struct Forward {
    props: ::forma_core::schema::Props,
}
impl Forward {
    /// A new value with its required properties: `TargetGroups`.
    pub fn new(
        target_groups: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<WeightedTargetGroup>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, target_groups.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Forward> for ::forma_core::Value<Forward> {
    fn from(v: Forward) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(FORWARD_TYPE.properties))
    }
}

/// The values CloudFormation documents: `CONNECT`, `DELETE`, `GET`, `HEAD`, `OPTIONS`, `POST`, `PUT`, `TRACE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Method {
    /// `CONNECT`
    Connect,
    /// `DELETE`
    Delete,
    /// `GET`
    Get,
    /// `HEAD`
    Head,
    /// `OPTIONS`
    Options,
    /// `POST`
    Post,
    /// `PUT`
    Put,
    /// `TRACE`
    Trace,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl Method {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Connect => "CONNECT",
            Self::Delete => "DELETE",
            Self::Get => "GET",
            Self::Head => "HEAD",
            Self::Options => "OPTIONS",
            Self::Post => "POST",
            Self::Put => "PUT",
            Self::Trace => "TRACE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["CONNECT", "DELETE", "GET", "HEAD", "OPTIONS", "POST", "PUT", "TRACE"]
    }
}
impl ::std::convert::From<Method> for ::forma_core::Value<Method> {
    fn from(v: Method) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for Method {}

/// The `HttpMatch` property type of `AWS::VpcLattice::Rule`.
#[derive(Debug, Clone, PartialEq)]
pub struct HttpMatch {
    props: ::forma_core::schema::Props,
}
impl HttpMatch {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `HeaderMatches`.
    pub fn header_matches(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<HeaderMatch>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Method`.
    pub fn method(mut self, value: impl ::forma_core::schema::EnumArg<Method>) -> Self {
        self.props.set(1, value.into_enum_expr());
        self
    }
    /// `PathMatch`.
    pub fn path_match(mut self, value: impl ::std::convert::Into<::forma_core::Value<PathMatch>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for HttpMatch {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<HttpMatch> for ::forma_core::Value<HttpMatch> {
    fn from(v: HttpMatch) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HTTP_MATCH_TYPE.properties))
    }
}

/// The `WeightedTargetGroup` property type of `AWS::VpcLattice::Rule`.
#[derive(Debug, Clone, PartialEq)]
pub struct WeightedTargetGroup {
    props: ::forma_core::schema::Props,
}
impl WeightedTargetGroup {
    /// A new value with its required properties: `TargetGroupIdentifier`.
    pub fn new(target_group_identifier: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, target_group_identifier.into().into_expr());
        Self { props }
    }
    /// `Weight`.
    ///
    /// Allowed: 0 to 999.
    pub fn weight(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<WeightedTargetGroup> for ::forma_core::Value<WeightedTargetGroup> {
    fn from(v: WeightedTargetGroup) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(WEIGHTED_TARGET_GROUP_TYPE.properties))
    }
}

/// The `HeaderMatch` property type of `AWS::VpcLattice::Rule`.
#[derive(Debug, Clone, PartialEq)]
pub struct HeaderMatch {
    props: ::forma_core::schema::Props,
}
impl HeaderMatch {
    /// A new value with its required properties: `Match`, `Name`.
    pub fn new(
        match_: impl ::std::convert::Into<::forma_core::Value<HeaderMatchType>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, match_.into().into_expr());
        props.set(2, name.into().into_expr());
        Self { props }
    }
    /// `CaseSensitive`.
    pub fn case_sensitive(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<HeaderMatch> for ::forma_core::Value<HeaderMatch> {
    fn from(v: HeaderMatch) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HEADER_MATCH_TYPE.properties))
    }
}

/// The `PathMatch` property type of `AWS::VpcLattice::Rule`.
#[derive(Debug, Clone, PartialEq)]
pub struct PathMatch {
    props: ::forma_core::schema::Props,
}
impl PathMatch {
    /// A new value with its required properties: `Match`.
    pub fn new(match_: impl ::std::convert::Into<::forma_core::Value<PathMatchType>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, match_.into().into_expr());
        Self { props }
    }
    /// `CaseSensitive`.
    pub fn case_sensitive(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<PathMatch> for ::forma_core::Value<PathMatch> {
    fn from(v: PathMatch) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PATH_MATCH_TYPE.properties))
    }
}

/// The `HeaderMatchType` property type of `AWS::VpcLattice::Rule`.
#[derive(Debug, Clone, PartialEq)]
pub struct HeaderMatchType {
    props: ::forma_core::schema::Props,
}
impl HeaderMatchType {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Contains`.
    ///
    /// Allowed: length 1 to 128.
    pub fn contains(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Exact`.
    ///
    /// Allowed: length 1 to 128.
    pub fn exact(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// `Prefix`.
    ///
    /// Allowed: length 1 to 128.
    pub fn prefix(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for HeaderMatchType {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<HeaderMatchType> for ::forma_core::Value<HeaderMatchType> {
    fn from(v: HeaderMatchType) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HEADER_MATCH_TYPE_TYPE.properties))
    }
}

/// The `PathMatchType` property type of `AWS::VpcLattice::Rule`.
#[derive(Debug, Clone, PartialEq)]
pub struct PathMatchType {
    props: ::forma_core::schema::Props,
}
impl PathMatchType {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `Exact`.
    ///
    /// Allowed: length 1 to 128.
    pub fn exact(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Prefix`.
    ///
    /// Allowed: length 1 to 128.
    pub fn prefix(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for PathMatchType {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<PathMatchType> for ::forma_core::Value<PathMatchType> {
    fn from(v: PathMatchType) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PATH_MATCH_TYPE_TYPE.properties))
    }
}

/// The schema of `AWS::VpcLattice::Rule`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
type_name: "AWS::VpcLattice::Rule",
properties: &[
::forma_core::schema::Property { name: "Action", required: true, create_only: false, shape: ::forma_core::schema::Shape::Object(&ACTION_TYPE) },
::forma_core::schema::Property { name: "ListenerIdentifier", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^((listener-[0-9a-z]{17})|(arn(:[a-z0-9]+([.-][a-z0-9]+)*){2}(:([a-z0-9]+([.-][a-z0-9]+)*)?){2}:service/svc-[0-9a-z]{17}/listener/listener-[0-9a-z]{17}))$"), min_length: Some(20), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "Match", required: true, create_only: false, shape: ::forma_core::schema::Shape::Object(&MATCH_TYPE) },
::forma_core::schema::Property { name: "Name", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^(?!rule-)(?![-])(?!.*[-]$)(?!.*[-]{2})[a-z0-9-]+$"), min_length: Some(3), max_length: Some(63) }) },
::forma_core::schema::Property { name: "Priority", required: true, create_only: false, shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: Some(1.0), maximum: Some(2000.0) }) },
::forma_core::schema::Property { name: "ServiceIdentifier", required: false, create_only: true, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^((svc-[0-9a-z]{17})|(arn(:[a-z0-9]+([.-][a-z0-9]+)*){2}(:([a-z0-9]+([.-][a-z0-9]+)*)?){2}:service/svc-[0-9a-z]{17}))$"), min_length: Some(20), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "Tags", required: false, create_only: false, shape: ::forma_core::schema::Shape::List(&::forma_core::schema::Shape::Object(&TAG_TYPE), ::forma_core::schema::ListRule { min_items: Some(0), max_items: Some(50) }) },
],
rules: &[],
attributes: &["Arn", "Id"],
};

static ACTION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::VpcLattice::Rule.Action",
    properties: &[
        ::forma_core::schema::Property {
            name: "FixedResponse",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FIXED_RESPONSE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Forward",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&FORWARD_TYPE),
        },
    ],
    rules: &[],
};

static MATCH_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::VpcLattice::Rule.Match",
    properties: &[::forma_core::schema::Property {
        name: "HttpMatch",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Object(&HTTP_MATCH_TYPE),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::VpcLattice::Rule.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static FIXED_RESPONSE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::VpcLattice::Rule.FixedResponse",
    properties: &[::forma_core::schema::Property {
        name: "StatusCode",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
            minimum: Some(100.0),
            maximum: Some(599.0),
        }),
    }],
    rules: &[],
};

static FORWARD_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::VpcLattice::Rule.Forward",
    properties: &[::forma_core::schema::Property {
        name: "TargetGroups",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::List(
            &::forma_core::schema::Shape::Object(&WEIGHTED_TARGET_GROUP_TYPE),
            ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
        ),
    }],
    rules: &[],
};

static HTTP_MATCH_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::VpcLattice::Rule.HttpMatch",
    properties: &[
        ::forma_core::schema::Property {
            name: "HeaderMatches",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&HEADER_MATCH_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(5) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Method",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "CONNECT", "DELETE", "GET", "HEAD", "OPTIONS", "POST", "PUT", "TRACE",
            ]),
        },
        ::forma_core::schema::Property {
            name: "PathMatch",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PATH_MATCH_TYPE),
        },
    ],
    rules: &[],
};

static WEIGHTED_TARGET_GROUP_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
name: "AWS::VpcLattice::Rule.WeightedTargetGroup",
properties: &[
::forma_core::schema::Property { name: "TargetGroupIdentifier", required: true, create_only: false, shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule { pattern: Some("^((tg-[0-9a-z]{17})|(arn:[a-z0-9\\-]+:vpc-lattice:[a-zA-Z0-9\\-]+:\\d{12}:targetgroup/tg-[0-9a-z]{17}))$"), min_length: Some(20), max_length: Some(2048) }) },
::forma_core::schema::Property { name: "Weight", required: false, create_only: false, shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule { minimum: Some(0.0), maximum: Some(999.0) }) },
],
rules: &[],
};

static HEADER_MATCH_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::VpcLattice::Rule.HeaderMatch",
    properties: &[
        ::forma_core::schema::Property {
            name: "CaseSensitive",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Match",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HEADER_MATCH_TYPE_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(40),
            }),
        },
    ],
    rules: &[],
};

static PATH_MATCH_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::VpcLattice::Rule.PathMatch",
    properties: &[
        ::forma_core::schema::Property {
            name: "CaseSensitive",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "Match",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&PATH_MATCH_TYPE_TYPE),
        },
    ],
    rules: &[],
};

static HEADER_MATCH_TYPE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::VpcLattice::Rule.HeaderMatchType",
    properties: &[
        ::forma_core::schema::Property {
            name: "Contains",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Exact",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Prefix",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
    ],
    rules: &[],
};

static PATH_MATCH_TYPE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::VpcLattice::Rule.PathMatchType",
    properties: &[
        ::forma_core::schema::Property {
            name: "Exact",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\/[a-zA-Z0-9@:%_+.~#?&\\/=-]*$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Prefix",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^\\/[a-zA-Z0-9@:%_+.~#?&\\/=-]*$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
    ],
    rules: &[],
};
