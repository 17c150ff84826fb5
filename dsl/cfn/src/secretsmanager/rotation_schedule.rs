// @generated from AWS::SecretsManager::RotationSchedule (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SecretsManager::RotationSchedule` and its property types.

/// Resource Type definition for AWS::SecretsManager::RotationSchedule
///
/// CloudFormation type `AWS::SecretsManager::RotationSchedule`.
#[derive(Debug, Clone, PartialEq)]
pub struct RotationSchedule {
    props: ::forma_core::schema::Props,
}
impl RotationSchedule {
    /// A new resource with its required properties: `SecretId`.
    #[track_caller]
    pub fn new(secret_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(6, secret_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// The list of metadata needed to successfully rotate a managed external secret.
    #[track_caller]
    pub fn external_secret_rotation_metadata(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ExternalSecretRotationMetadataItem>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ARN of the IAM role that is used by Secrets Manager to rotate a managed external secret.
    #[track_caller]
    pub fn external_secret_rotation_role_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Creates a new Lambda rotation function based on one of the Secrets Manager rotation function templates.
    #[track_caller]
    pub fn hosted_rotation_lambda(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<HostedRotationLambda>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Specifies whether to rotate the secret immediately or wait until the next scheduled rotation window.
    #[track_caller]
    pub fn rotate_immediately_on_update(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ARN of an existing Lambda rotation function.
    #[track_caller]
    pub fn rotation_lambda_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A structure that defines the rotation configuration for this secret.
    #[track_caller]
    pub fn rotation_rules(mut self, value: impl ::std::convert::Into<::forma_core::Value<RotationRules>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for RotationSchedule {
    type Attributes = RotationScheduleAttributes;
    fn type_name(&self) -> &str {
        "AWS::SecretsManager::RotationSchedule"
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
/// The attributes of a `AWS::SecretsManager::RotationSchedule` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct RotationScheduleAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for RotationScheduleAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl RotationScheduleAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The metadata needed to successfully rotate a managed external secret.
#[derive(Debug, Clone, PartialEq)]
pub struct ExternalSecretRotationMetadataItem {
    props: ::forma_core::schema::Props,
}
impl ExternalSecretRotationMetadataItem {
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
impl ::std::convert::From<ExternalSecretRotationMetadataItem>
    for ::forma_core::Value<ExternalSecretRotationMetadataItem>
{
    fn from(v: ExternalSecretRotationMetadataItem) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(EXTERNAL_SECRET_ROTATION_METADATA_ITEM_TYPE.properties))
    }
}

/// The `HostedRotationLambda` property type of `AWS::SecretsManager::RotationSchedule`.
#[derive(Debug, Clone, PartialEq)]
pub struct HostedRotationLambda {
    props: ::forma_core::schema::Props,
}
impl HostedRotationLambda {
    /// A new value with its required properties: `RotationType`.
    pub fn new(rotation_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(5, rotation_type.into().into_expr());
        Self { props }
    }
    /// A string of the characters that you don't want in the password.
    pub fn exclude_characters(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The ARN of the KMS key that Secrets Manager uses to encrypt the secret.
    pub fn kms_key_arn(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// The ARN of the secret that contains superuser credentials, if you use the alternating users rotation strategy.
    pub fn master_secret_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
    /// The ARN of the KMS key that Secrets Manager used to encrypt the superuser secret, if you use the alternating users strategy and the superuser secret is encrypted with a customer managed key.
    pub fn master_secret_kms_key_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(3, value.into().into_expr());
        self
    }
    /// The name of the Lambda rotation function.
    pub fn rotation_lambda_name(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(4, value.into().into_expr());
        self
    }
    /// The python runtime associated with the Lambda function
    pub fn runtime(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(6, value.into().into_expr());
        self
    }
    /// The ARN of the secret that contains superuser credentials, if you use the alternating users rotation strategy.
    pub fn superuser_secret_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(7, value.into().into_expr());
        self
    }
    /// The ARN of the KMS key that Secrets Manager used to encrypt the superuser secret, if you use the alternating users strategy and the superuser secret is encrypted with a customer managed key.
    pub fn superuser_secret_kms_key_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(8, value.into().into_expr());
        self
    }
    /// A comma-separated list of security group IDs applied to the target database.
    pub fn vpc_security_group_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(9, value.into().into_expr());
        self
    }
    /// A comma separated list of VPC subnet IDs of the target database network.
    pub fn vpc_subnet_ids(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(10, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<HostedRotationLambda> for ::forma_core::Value<HostedRotationLambda> {
    fn from(v: HostedRotationLambda) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(HOSTED_ROTATION_LAMBDA_TYPE.properties))
    }
}

/// The `RotationRules` property type of `AWS::SecretsManager::RotationSchedule`.
#[derive(Debug, Clone, PartialEq)]
pub struct RotationRules {
    props: ::forma_core::schema::Props,
}
impl RotationRules {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The number of days between automatic scheduled rotations of the secret.
    pub fn automatically_after_days(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The length of the rotation window in hours, for example 3h for a three hour window.
    pub fn duration(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// A cron() or rate() expression that defines the schedule for rotating your secret.
    pub fn schedule_expression(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for RotationRules {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<RotationRules> for ::forma_core::Value<RotationRules> {
    fn from(v: RotationRules) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ROTATION_RULES_TYPE.properties))
    }
}

/// The schema of `AWS::SecretsManager::RotationSchedule`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SecretsManager::RotationSchedule",
    properties: &[
        ::forma_core::schema::Property {
            name: "ExternalSecretRotationMetadata",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&EXTERNAL_SECRET_ROTATION_METADATA_ITEM_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "ExternalSecretRotationRoleArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "HostedRotationLambda",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&HOSTED_ROTATION_LAMBDA_TYPE),
        },
        ::forma_core::schema::Property {
            name: "RotateImmediatelyOnUpdate",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "RotationLambdaARN",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RotationRules",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ROTATION_RULES_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SecretId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &["Id"],
};

static EXTERNAL_SECRET_ROTATION_METADATA_ITEM_TYPE: ::forma_core::schema::PropertyType =
    ::forma_core::schema::PropertyType {
        name: "AWS::SecretsManager::RotationSchedule.ExternalSecretRotationMetadataItem",
        properties: &[
            ::forma_core::schema::Property {
                name: "Key",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
            ::forma_core::schema::Property {
                name: "Value",
                required: true,
                create_only: false,
                shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
            },
        ],
        rules: &[],
    };

static HOSTED_ROTATION_LAMBDA_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SecretsManager::RotationSchedule.HostedRotationLambda",
    properties: &[
        ::forma_core::schema::Property {
            name: "ExcludeCharacters",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "KmsKeyArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MasterSecretArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "MasterSecretKmsKeyArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RotationLambdaName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "RotationType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Runtime",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SuperuserSecretArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SuperuserSecretKmsKeyArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "VpcSecurityGroupIds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "VpcSubnetIds",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static ROTATION_RULES_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SecretsManager::RotationSchedule.RotationRules",
    properties: &[
        ::forma_core::schema::Property {
            name: "AutomaticallyAfterDays",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: None,
                maximum: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Duration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ScheduleExpression",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
