// @generated from AWS::AutoScaling::LifecycleHook (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::AutoScaling::LifecycleHook` and its property types.

/// Resource Type definition for AWS::AutoScaling::LifecycleHook
///
/// CloudFormation type `AWS::AutoScaling::LifecycleHook`.
#[derive(Debug, Clone, PartialEq)]
pub struct LifecycleHook {
    props: ::forma_core::schema::Props,
}
impl LifecycleHook {
    /// A new resource with its required properties: `AutoScalingGroupName`, `LifecycleTransition`.
    #[track_caller]
    pub fn new(
        auto_scaling_group_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        lifecycle_transition: impl ::forma_core::schema::EnumArg<LifecycleTransition>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, auto_scaling_group_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(4, lifecycle_transition.into_enum_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The action the Auto Scaling group takes when the lifecycle hook timeout elapses or if an unexpected failure occurs.
    #[track_caller]
    pub fn default_result(mut self, value: impl ::forma_core::schema::EnumArg<DefaultResult>) -> Self {
        self.props.set_at(1, value.into_enum_expr(), ::std::panic::Location::caller());
        self
    }
    /// The maximum time, in seconds, that can elapse before the lifecycle hook times out.
    #[track_caller]
    pub fn heartbeat_timeout(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The name of the lifecycle hook.
    ///
    /// Allowed: length 1 to 255.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn lifecycle_hook_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Additional information that is included any time Amazon EC2 Auto Scaling sends a message to the notification target.
    ///
    /// Allowed: length 1 to 1023.
    #[track_caller]
    pub fn notification_metadata(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Amazon Resource Name (ARN) of the notification target that Amazon EC2 Auto Scaling uses to notify you when an instance is in the transition state for the lifecycle hook.
    ///
    /// Allowed: length 0 to 255.
    #[track_caller]
    pub fn notification_target_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ARN of the IAM role that allows the Auto Scaling group to publish to the specified notification target, for example, an Amazon SNS topic or an Amazon SQS queue.
    ///
    /// Allowed: length 1 to 255.
    #[track_caller]
    pub fn role_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(7, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for LifecycleHook {
    type Attributes = LifecycleHookAttributes;
    fn type_name(&self) -> &str {
        "AWS::AutoScaling::LifecycleHook"
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
/// The attributes of a `AWS::AutoScaling::LifecycleHook` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct LifecycleHookAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for LifecycleHookAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The values CloudFormation documents: `ABANDON`, `CONTINUE`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DefaultResult {
    /// `ABANDON`
    Abandon,
    /// `CONTINUE`
    Continue,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl DefaultResult {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Abandon => "ABANDON",
            Self::Continue => "CONTINUE",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["ABANDON", "CONTINUE"]
    }
}
impl ::std::convert::From<DefaultResult> for ::forma_core::Value<DefaultResult> {
    fn from(v: DefaultResult) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for DefaultResult {}

/// The values CloudFormation documents: `autoscaling:EC2_INSTANCE_LAUNCHING`, `autoscaling:EC2_INSTANCE_TERMINATING`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LifecycleTransition {
    /// `autoscaling:EC2_INSTANCE_LAUNCHING`
    AutoscalingEc2InstanceLaunching,
    /// `autoscaling:EC2_INSTANCE_TERMINATING`
    AutoscalingEc2InstanceTerminating,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl LifecycleTransition {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AutoscalingEc2InstanceLaunching => "autoscaling:EC2_INSTANCE_LAUNCHING",
            Self::AutoscalingEc2InstanceTerminating => "autoscaling:EC2_INSTANCE_TERMINATING",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["autoscaling:EC2_INSTANCE_LAUNCHING", "autoscaling:EC2_INSTANCE_TERMINATING"]
    }
}
impl ::std::convert::From<LifecycleTransition> for ::forma_core::Value<LifecycleTransition> {
    fn from(v: LifecycleTransition) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for LifecycleTransition {}

/// The schema of `AWS::AutoScaling::LifecycleHook`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::AutoScaling::LifecycleHook",
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
            name: "DefaultResult",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&["ABANDON", "CONTINUE"]),
        },
        ::forma_core::schema::Property {
            name: "HeartbeatTimeout",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "LifecycleHookName",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z0-9\\-_\\/]+$"),
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "LifecycleTransition",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "autoscaling:EC2_INSTANCE_LAUNCHING",
                "autoscaling:EC2_INSTANCE_TERMINATING",
            ]),
        },
        ::forma_core::schema::Property {
            name: "NotificationMetadata",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\u0009\\u000A\\u000D\\u0020-\\u007e]+$"),
                min_length: Some(1),
                max_length: Some(1023),
            }),
        },
        ::forma_core::schema::Property {
            name: "NotificationTargetARN",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "RoleARN",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
    ],
    rules: &[],
    attributes: &[],
};
