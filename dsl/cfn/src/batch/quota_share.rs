// @generated from AWS::Batch::QuotaShare (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Batch::QuotaShare` and its property types.

/// Creates an AWS Batch quota share.
///
/// CloudFormation type `AWS::Batch::QuotaShare`.
#[derive(Debug, Clone, PartialEq)]
pub struct QuotaShare {
    props: ::forma_core::schema::Props,
}
impl QuotaShare {
    /// A new resource with its required properties: `CapacityLimits`, `JobQueue`, `PreemptionConfiguration`, `QuotaShareName`, `ResourceSharingConfiguration`.
    #[track_caller]
    pub fn new(
        capacity_limits: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<QuotaShareCapacityLimit>>>,
        job_queue: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        preemption_configuration: impl ::std::convert::Into<::forma_core::Value<QuotaSharePreemptionConfiguration>>,
        quota_share_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        resource_sharing_configuration: impl ::std::convert::Into<
            ::forma_core::Value<QuotaShareResourceSharingConfiguration>,
        >,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, capacity_limits.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, job_queue.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, preemption_configuration.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, quota_share_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, resource_sharing_configuration.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The state of the quota share.
    #[track_caller]
    pub fn state(mut self, value: impl ::forma_core::schema::EnumArg<State>) -> Self {
        self.props.set_at(5, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags that you apply to the quota share to help you categorize and organize your resources.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for QuotaShare {
    type Attributes = QuotaShareAttributes;
    fn type_name(&self) -> &str {
        "AWS::Batch::QuotaShare"
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
/// The attributes of a `AWS::Batch::QuotaShare` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct QuotaShareAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for QuotaShareAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl QuotaShareAttributes {
    /// `Fn::GetAtt` `QuotaShareArn`.
    pub fn quota_share_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "QuotaShareArn")
    }
}

/// The values CloudFormation documents: `ENABLED`, `DISABLED`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum State {
    /// `ENABLED`
    Enabled,
    /// `DISABLED`
    Disabled,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl State {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "ENABLED",
            Self::Disabled => "DISABLED",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ENABLED", "DISABLED"]
    }
}
impl ::std::convert::From<State> for ::forma_core::Value<State> {
    fn from(v: State) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for State {}

/// The `QuotaShareCapacityLimit` property type of `AWS::Batch::QuotaShare`.
#[derive(Debug, Clone, PartialEq)]
pub struct QuotaShareCapacityLimit {
    props: ::forma_core::schema::Props,
}
impl QuotaShareCapacityLimit {
    /// A new value with its required properties: `CapacityUnit`, `MaxCapacity`.
    pub fn new(
        capacity_unit: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        max_capacity: impl ::std::convert::Into<::forma_core::Value<i64>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, capacity_unit.into().into_expr());
        props.set(1, max_capacity.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<QuotaShareCapacityLimit> for ::forma_core::Value<QuotaShareCapacityLimit> {
    fn from(v: QuotaShareCapacityLimit) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(QUOTA_SHARE_CAPACITY_LIMIT_TYPE.properties))
    }
}

/// The `QuotaSharePreemptionConfiguration` property type of `AWS::Batch::QuotaShare`.
#[derive(Debug, Clone, PartialEq)]
pub struct QuotaSharePreemptionConfiguration {
    props: ::forma_core::schema::Props,
}
impl QuotaSharePreemptionConfiguration {
    /// A new value with its required properties: `InSharePreemption`.
    pub fn new(in_share_preemption: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, in_share_preemption.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<QuotaSharePreemptionConfiguration>
    for ::forma_core::Value<QuotaSharePreemptionConfiguration>
{
    fn from(v: QuotaSharePreemptionConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(QUOTA_SHARE_PREEMPTION_CONFIGURATION_TYPE.properties))
    }
}

/// The `QuotaShareResourceSharingConfiguration` property type of `AWS::Batch::QuotaShare`.
#[derive(Debug, Clone, PartialEq)]
pub struct QuotaShareResourceSharingConfiguration {
    props: ::forma_core::schema::Props,
}
impl QuotaShareResourceSharingConfiguration {
    /// A new value with its required properties: `Strategy`.
    pub fn new(strategy: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, strategy.into().into_expr());
        Self { props }
    }
    /// The maximum percentage of additional capacity that the quota share can borrow from other shares.
    ///
    /// Allowed: at least -1.
    pub fn borrow_limit(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<QuotaShareResourceSharingConfiguration>
    for ::forma_core::Value<QuotaShareResourceSharingConfiguration>
{
    fn from(v: QuotaShareResourceSharingConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(QUOTA_SHARE_RESOURCE_SHARING_CONFIGURATION_TYPE.properties))
    }
}

/// The schema of `AWS::Batch::QuotaShare`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Batch::QuotaShare",
    properties: &[
        ::forma_core::schema::Property {
            name: "CapacityLimits",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&QUOTA_SHARE_CAPACITY_LIMIT_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "JobQueue",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "PreemptionConfiguration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&QUOTA_SHARE_PREEMPTION_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "QuotaShareName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "ResourceSharingConfiguration",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&QUOTA_SHARE_RESOURCE_SHARING_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "State",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ENABLED", "DISABLED"]),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Map(&::forma_core::schema::Shape::String(
                &::forma_core::schema::ANY_STRING,
            )),
        },
    ],
    rules: &[],
    attributes: &["QuotaShareArn"],
};

static QUOTA_SHARE_CAPACITY_LIMIT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Batch::QuotaShare.QuotaShareCapacityLimit",
    properties: &[
        ::forma_core::schema::Property {
            name: "CapacityUnit",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MaxCapacity",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(1.0),
                maximum: None,
            }),
        },
    ],
    rules: &[],
};

static QUOTA_SHARE_PREEMPTION_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Batch::QuotaShare.QuotaSharePreemptionConfiguration",
        properties: &[::forma_core::schema::Property {
            name: "InSharePreemption",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        }],
        rules: &[],
    };

static QUOTA_SHARE_RESOURCE_SHARING_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::Batch::QuotaShare.QuotaShareResourceSharingConfiguration",
        properties: &[
            ::forma_core::schema::Property {
                name: "BorrowLimit",
                required: false,
                create_only: false,
                shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                    minimum: Some(-1.0),
                    maximum: None,
                }),
            },
            ::forma_core::schema::Property {
                name: "Strategy",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
        ],
        rules: &[],
    };
