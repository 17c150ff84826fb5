// @generated from AWS::AutoScaling::WarmPool (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::AutoScaling::WarmPool` and its property types.

/// Resource schema for AWS::AutoScaling::WarmPool.
///
/// CloudFormation type `AWS::AutoScaling::WarmPool`.
#[derive(Debug, Clone, PartialEq)]
pub struct WarmPool {
    props: ::forma_core::schema::Props,
}
impl WarmPool {
    /// A new resource with its required properties: `AutoScalingGroupName`.
    #[track_caller]
    pub fn new(auto_scaling_group_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, auto_scaling_group_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// `InstanceReusePolicy`.
    #[track_caller]
    pub fn instance_reuse_policy(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<InstanceReusePolicy>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `MaxGroupPreparedCapacity`.
    ///
    /// Allowed: at least -1.
    #[track_caller]
    pub fn max_group_prepared_capacity(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `MinSize`.
    ///
    /// Allowed: at least 0.
    #[track_caller]
    pub fn min_size(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// `PoolState`.
    #[track_caller]
    pub fn pool_state(mut self, value: impl ::forma_core::schema::EnumArg<PoolState>) -> Self {
        self.props.set_at(4, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for WarmPool {
    type Attributes = WarmPoolAttributes;
    fn type_name(&self) -> &str {
        "AWS::AutoScaling::WarmPool"
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
/// The attributes of a `AWS::AutoScaling::WarmPool` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct WarmPoolAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for WarmPoolAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The values CloudFormation documents: `Hibernated`, `Running`, `Stopped`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PoolState {
    /// `Hibernated`
    Hibernated,
    /// `Running`
    Running,
    /// `Stopped`
    Stopped,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl PoolState {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Hibernated => "Hibernated",
            Self::Running => "Running",
            Self::Stopped => "Stopped",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["Hibernated", "Running", "Stopped"]
    }
}
impl ::std::convert::From<PoolState> for ::forma_core::Value<PoolState> {
    fn from(v: PoolState) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for PoolState {}

/// The `InstanceReusePolicy` property type of `AWS::AutoScaling::WarmPool`.
#[derive(Debug, Clone, PartialEq)]
pub struct InstanceReusePolicy {
    props: ::forma_core::schema::Props,
}
impl InstanceReusePolicy {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// `ReuseOnScaleIn`.
    pub fn reuse_on_scale_in(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for InstanceReusePolicy {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<InstanceReusePolicy> for ::forma_core::Value<InstanceReusePolicy> {
    fn from(v: InstanceReusePolicy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(INSTANCE_REUSE_POLICY_TYPE.properties))
    }
}

/// The schema of `AWS::AutoScaling::WarmPool`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::AutoScaling::WarmPool",
    properties: &[
        ::forma_core::schema::Property {
            name: "AutoScalingGroupName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "InstanceReusePolicy",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&INSTANCE_REUSE_POLICY_TYPE),
        },
        ::forma_core::schema::Property {
            name: "MaxGroupPreparedCapacity",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(-1.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "MinSize",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "PoolState",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["Hibernated", "Running", "Stopped"]),
        },
    ],
    rules: &[],
    attributes: &[],
};

static INSTANCE_REUSE_POLICY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::AutoScaling::WarmPool.InstanceReusePolicy",
    properties: &[::forma_core::schema::Property {
        name: "ReuseOnScaleIn",
        required: false,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};
